"""Every word list quotex reads, by language (:mod:`quotex.lexicon.en`: English; ``lexicon_for(lang)``).
"""
