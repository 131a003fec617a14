"""After the review: hash lists and matching, web captures, takedown notices, the complaint annex. No Qt.

Everything here prepares; the user sends. Each action that changes a case is a signed record of the
vault (docs/vault-format.md 4.3, docs/takedown.md); nothing opens a network connection.
"""
