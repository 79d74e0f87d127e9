"""Running the command line inside a test: exit status, standard output and standard error."""

from itadesk.cli import main


def run(capsys, *argv):  # noqa: ANN001, ANN201 - a test helper
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err
