"""The text before any parsing: quote marks, paragraph breaks, and the windows of paragraphs a
document is cut into (pure Python but for handing a window to the tokenizer).
"""
