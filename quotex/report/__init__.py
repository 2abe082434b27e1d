"""What the CLI shows of the quotes: the filters, the speaker table, the Rich views.
"""
