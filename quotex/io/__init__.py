"""Reading inputs and writing results: bytes to text without moving an offset, HTML to article text,
JSON / JSON Lines / CSV / Parquet writers. No spaCy here.
"""
