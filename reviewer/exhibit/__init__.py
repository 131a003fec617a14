"""Exhibit export for one case and its verification. No Qt except the PDF step."""
