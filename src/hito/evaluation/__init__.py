"""Scoring hito against labelled data (`hito eval`)."""
