"""The evidence vault: SQLite store, canonical records, chain, Merkle log, keys, encryption, verification. No Qt."""
