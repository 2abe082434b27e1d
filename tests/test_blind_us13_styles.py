"""blind_us13: 8 US political/policy news articles imitating outlets no earlier set has (Washington
Post investigation, Texas Tribune statehouse, Bloomberg, an Atlantic-style profile, NYT indictment
story, Politico Pro, an op-ed roundup, KCCI local TV), written blind by helper h22u in session 16.
First run at 5203aa5: quote recall 0.9936 (one short quote missed), name accuracy 0.9574 (135/141,
after one gold-marking fix; 0.9504 as first scored). After the fixes of tests/test_blind_us13_fixes.py
(session 16): quote recall 1.0, name accuracy 0.993 (141/142); the floor is that figure minus 0.02.
The errors are listed in the set's README.
"""
from style_sets import floor_tests

SETS = {  # name: (gold quotes, quote recall floor, name accuracy floor)
    "blind_us13": (156, 1.0 - 0.02, 0.993 - 0.02),
}


scored, test_set_names = floor_tests(SETS)
