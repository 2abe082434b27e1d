"""blind_us12: 7 US political-news articles imitating outlets neither PolNeAR nor blind_us10 has
(Reuters, NPR, Mother Jones, BuzzFeed News, ABC's "This Week" write-up, TPM live coverage, AP fact
check), written blind by helper h21x in session 15. First run at 3bc149d: quote recall 0.9818 (the
two quotes missed are null-gold show titles), name accuracy 0.8835 (91/103). After helper h22x's
fixes (session 16): name accuracy 1.0 (103/103); the floor is that figure minus 0.02. The
mechanisms' own sentence tables are in tests/test_blind_us12_fixes.py; the set's README lists what
was fixed and what was left.
"""
from style_sets import floor_tests

SETS = {  # name: (gold quotes, quote recall floor, name accuracy floor)
    "blind_us12": (110, 0.9818 - 0.02, 1.0 - 0.02),
}


scored, test_set_names = floor_tests(SETS)
