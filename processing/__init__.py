"""The CSIAP Processing provider (id ``csiap``) and its algorithms, one module each."""
