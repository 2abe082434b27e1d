import os

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "shared"))
SEED = os.path.join(SHARED, "seed", "000_ee7681ee4ce6f542.txt")
POLNEAR_TRAIN = os.path.join(SHARED, "polnear", "train")
SCORER = os.path.join(SHARED, "eval", "quote_eval.py")


@pytest.fixture(scope="session")
def nlp():
    from quotex.model import load_model

    return load_model()
