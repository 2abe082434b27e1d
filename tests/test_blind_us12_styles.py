"""blind_us12: 7 US political-news articles imitating outlets neither PolNeAR nor blind_us10 has
(Reuters, NPR, Mother Jones, BuzzFeed News, ABC's "This Week" write-up, TPM live coverage, AP fact
check), written blind by helper h21x in session 15. First run at 3bc149d: quote recall 0.9818 (the
two quotes missed are null-gold show titles), name accuracy 0.8835 (91/103). No fixes yet: the floor
is the first-run figure minus 0.02; the errors are listed in the set's README.
"""
from style_sets import floor_tests

SETS = {  # name: (gold quotes, quote recall floor, name accuracy floor)
    "blind_us12": (110, 0.9818 - 0.02, 0.8835 - 0.02),
}


scored, test_set_names = floor_tests(SETS)
