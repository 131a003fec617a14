"""Reviewer: offline review of reported sexual deepfakes and non-consensual intimate images."""

__version__ = "0.1.0"
