"""spaCy: finding and loading the model, quotex's own components (NER that skips quoted words, paragraph
breaks end sentences) and every change quotex makes inside spaCy (:mod:`quotex.nlp.speedups`).
"""
