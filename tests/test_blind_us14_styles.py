"""blind_us14: 8 US regional and local news articles (Chicago Tribune, Houston Chronicle, Seattle Times,
Star Tribune, Arizona Republic explainer, Miami Herald, Axios Local, a university daily) written blind
by helper h22w in session 16. First run: quote recall 1.0, name accuracy 0.9394 (124/132). The floor is
the first-run figure minus 0.02; the errors are listed in the set's README.
"""
from style_sets import floor_tests

SETS = {  # name: (gold quotes, quote recall floor, name accuracy floor)
    "blind_us14": (137, 1.0 - 0.02, 0.9394 - 0.02),
}


scored, test_set_names = floor_tests(SETS)
