"""Stage 2: speaker mention -> person or organisation. Canonical names within a document, sex evidence,
pronoun antecedents, the document-level entity resolver (:mod:`~quotex.resolution.resolve`), and one
speaker's names across the documents of a corpus.
"""
