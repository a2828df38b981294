"""Qt-free exports: plain data in, file out (PDF summaries, Markdown, JSON backups)."""
