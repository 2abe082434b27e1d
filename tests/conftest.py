import os

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "shared"))
SEED = os.path.join(SHARED, "seed", "000_ee7681ee4ce6f542.txt")
POLNEAR_TRAIN = os.path.join(SHARED, "polnear", "train")
SCORER = os.path.join(SHARED, "eval", "quote_eval.py")


@pytest.fixture(scope="session")
def nlp():
    from quotex.nlp.model import load_model

    return load_model()


def invoke(*args, **kw):
    """Run the ``quotex`` command in-process (typer's CliRunner), every argument as a string."""
    from typer.testing import CliRunner

    from quotex.cli import app

    return CliRunner().invoke(app, [str(a) for a in args], **kw)
