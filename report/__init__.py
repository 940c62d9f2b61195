"""What is drawn and printed: map layouts and the atlas, the annex document,
its tables and the diagrams. Reads through ``workspace`` and ``core``; imported
by ``processing`` and ``plugin``; writes only into the folders it is given."""
