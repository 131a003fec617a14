"""Read a file's bytes once, hash them, decode safely, read metadata and provenance. No Qt."""
