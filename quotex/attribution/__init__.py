"""Stage 1 of attribution, window by window: quote -> speaker *mention*.

:mod:`~quotex.attribution.attribute` runs the sieve (:mod:`~quotex.attribution.sieve`) of rules
(:mod:`quotex.attribution.rules`) over a parsed window's quotes; :mod:`~quotex.attribution.mentions` and
:mod:`~quotex.attribution.syntax` read who a token is; :mod:`~quotex.attribution.methods` names each rule
and its measured confidence; :mod:`~quotex.attribution.indirect` finds reported speech. Rules read the
parse and write no document state.
"""
