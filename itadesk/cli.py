"""The command line: `itadesk sample | summary | check | export | import` over the same services the window uses."""

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from itadesk.cli_language import argparse_speaks_our_language
from itadesk.i18n import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, _, current_language, set_language
from itadesk.paths import resolve_db_path
from itadesk.services.errors import AlreadyExistsError, InvalidInputError, ServiceError
from itadesk.store.errors import StoreError

if TYPE_CHECKING:
    from datetime import date

    from itadesk.domain.summary import ReportData
    from itadesk.domain.textcheck import TextFinding
    from itadesk.store import Store

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2


def _location(args: argparse.Namespace) -> "Path | str":
    """The store of --db (else ITADESK_DB, else the per-user default): a file's path, or a shared store's URL."""
    from itadesk.paths import default_db_path
    from itadesk.store.url import resolve_location

    return resolve_location(getattr(args, "db", None), default_db_path())


def _where(store: "Store") -> "Path | str":
    """The store as messages name it: its file's path (kept as it is), or the shared store's URL."""
    return store.path or store.location


def _open(args: argparse.Namespace, *, writes: bool = False) -> "Store":
    """The store of --db. A command that only reads never starts a store (a mistyped path is refused, nothing is
    made) and takes no automatic backup; one that writes may start a new store there (on a shared store's server,
    in an empty database)."""
    from itadesk.store import open_store

    location = _location(args)
    if writes and isinstance(location, Path):
        _note_window(location)
    return open_store(location, create=writes, backups=writes)


def _note_window(path: Path) -> None:
    """A command that writes says so when a window has the store open (each edit is still saved safely)."""
    from itadesk.store.lock import held_elsewhere

    if held_elsewhere(path):
        print(
            _shown(
                _(
                    "Note: {path} is also open in an ITA Desk window; what this command saves does not overwrite "
                    "that window's edits."
                ),
                path=path,
            ),
            file=sys.stderr,
        )


def _digits(text: str) -> str:
    """A message with its digits as the window writes them: Thai digits in Thai, except in paths, addresses and
    codes; 0–9 in English."""
    from itadesk.thai.digits import from_thai_digits, to_thai_digits_in_message

    return to_thai_digits_in_message(text) if current_language() == "th" else from_thai_digits(text)


def _shown(message: str, **values: object) -> str:
    """message.format(**values) with its digits as _digits() writes them; paths (Path values) are left as they are."""
    paths = {name: value for name, value in values.items() if isinstance(value, Path)}
    marks = {name: chr(0xE000 + index) for index, name in enumerate(paths)}  # private-use characters, no digits
    text = _digits(message.format(**{**values, **marks}))
    for name, mark in marks.items():
        text = text.replace(mark, str(paths[name]))
    return text


def _cmd_sample(args: argparse.Namespace) -> int:
    from itadesk.services.sample import load_sample, sample_document

    store = _open(args, writes=True)
    try:
        agency = load_sample(store)
    except AlreadyExistsError:
        name = sample_document().agency.name
        print(
            _shown(
                _("The sample agency {name} is already in {path}; nothing was added."), name=name, path=_where(store)
            )
        )
        return EXIT_OK
    finally:
        store.close()
    print(
        _shown(
            _("Loaded the sample agency {name} (number {id}) into {path}."),
            name=agency.name,
            id=agency.id,
            path=_where(store),
        )
    )
    return EXIT_OK


def _thai_digits(args: argparse.Namespace) -> bool:
    """Thai digits unless --arabic-digits, or the output is in English."""
    return not args.arabic_digits and current_language() == "th"


def _summary(args: argparse.Namespace):  # noqa: ANN202 - YearSummary, imported lazily
    from itadesk.services.agencies import find_agency
    from itadesk.services.assessments import year_summary

    store = _open(args)
    try:
        agency = find_agency(store, args.agency)
        return year_summary(store, agency.id, args.year)
    finally:
        store.close()


def _cmd_summary(args: argparse.Namespace) -> int:
    from itadesk.textout import format_summary

    print(format_summary(_summary(args), thai_digits=_thai_digits(args)))
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from itadesk.domain.findings import Severity
    from itadesk.services.agencies import find_agency
    from itadesk.services.assessments import year_summary
    from itadesk.services.text_checks import check_year_texts
    from itadesk.textout import format_findings

    store = _open(args)
    try:
        agency = find_agency(store, args.agency)
        summary = year_summary(store, agency.id, args.year)
        text_findings = check_year_texts(store, agency.id, args.year)
    finally:
        store.close()
    print(format_findings(summary, thai_digits=_thai_digits(args), text_findings=text_findings))
    errors = [f for f in [*summary.findings, *text_findings] if f.severity is Severity.ERROR]
    return EXIT_FINDINGS if errors else EXIT_OK


EXPORT_FORMATS = ("pdf", "docx", "json", "xlsx")
REPORT_FORMATS = ("pdf", "docx")  # a year's report; the others are the whole agency


# Suffixes that name a kind of file: a file ending in one of them must be of that kind (a workbook named b.pdf
# opens nowhere). Other names (agency.data, no suffix) take --format, else PDF.
KNOWN_SUFFIXES = (*EXPORT_FORMATS, "doc", "xls", "xlsm", "csv", "txt", "odt", "ods", "rtf", "htm", "html", "zip")


def _export_format(args: argparse.Namespace) -> str:
    """--format, else the output file's suffix, else PDF (the report, what most clerks want); a suffix that names
    another kind of file than the format is refused."""
    suffix = args.output.suffix.lower().lstrip(".")
    kind = args.format or (suffix if suffix in EXPORT_FORMATS else "pdf")
    if suffix in KNOWN_SUFFIXES and suffix != kind:
        raise InvalidInputError(
            _(
                "The file name {file} ends in .{suffix} but the format is {format}: name the file with "
                ".{format}, or choose the format its name says."
            ).format(file=args.output.name, suffix=suffix, format=kind)
        )
    if args.sample and args.agency:
        raise InvalidInputError(_("Use either --sample or --agency, not both."))
    return kind


def _cmd_export(args: argparse.Namespace) -> int:
    from itadesk.services.export import SAMPLE_YEAR, export_report, export_sample_report

    if args.all or args.progress:
        return _export_all(args)
    kind = _export_format(args)
    signatures = {"yes": True, "no": False, "auto": None}[args.signatures]
    if args.kind == "progress":
        if kind != "pdf":
            raise InvalidInputError(_("The progress report is written as PDF only."))
        _export_progress(args, signatures)
    elif args.as_of is not None:
        raise InvalidInputError(_("--as-of is for the progress report (--kind progress)."))
    elif kind not in REPORT_FORMATS:
        _export_agency_file(args, kind)
    elif args.sample:
        year = args.year or SAMPLE_YEAR
        data = export_sample_report(args.output, kind, year, signatures, args.page_numbers)
        print(_shown(_("Wrote {path}"), path=args.output))
        print(_text_errors_line(_sample_text_findings(data, year), "--sample", year))
        return EXIT_OK
    else:
        if not args.agency or not args.year:
            raise InvalidInputError(_("Name the agency and the year (--agency, --year), or use --sample."))
        from itadesk.services.agencies import find_agency
        from itadesk.services.text_checks import check_year_texts

        store = _open(args)
        try:
            agency = find_agency(store, args.agency)
            data = export_report(store, agency.id, args.year, args.output, kind, signatures, args.page_numbers)
            findings = check_year_texts(store, agency.id, args.year, data)
        finally:
            store.close()
        print(_shown(_("Wrote {path}"), path=args.output))
        print(_text_errors_line(findings, f'--agency "{args.agency}"', args.year))
        return EXIT_OK
    print(_shown(_("Wrote {path}"), path=args.output))
    return EXIT_OK


def _sample_text_findings(data: "ReportData", year: int) -> "list[TextFinding]":
    from itadesk.services.sample import sample_document
    from itadesk.services.text_checks import report_text_findings

    previous = next((p for p in sample_document().assessments if p.fiscal_year == year - 1), None)
    return report_text_findings(data, dict(previous.analyses) if previous else {})


def _text_errors_line(findings: "list[TextFinding]", agency: str, year: int) -> str:
    """One line on the report's texts: how many errors the text checks found in them, and how to see them."""
    from itadesk.services.text_checks import error_count

    errors = error_count(findings)
    if not errors:
        return _("Text checks: no errors in the report's texts.")
    if agency == "--sample":
        return _shown(
            _("Text checks: errors in the report's texts: {count} (the file is written all the same)."), count=errors
        )
    line = _shown(
        _(
            "Text checks: errors in the report's texts: {count} (the file is written all the same); "
            "to see them: {command}"
        ),
        count=errors,
        command="\ue100",
    )
    return line.replace("\ue100", f"itadesk check {agency} --year {year}")  # a command keeps its digits


def _export_progress(args: argparse.Namespace, signatures: bool | None) -> None:
    """The progress report of a plan as of a day: --year is the plan's fiscal year, by default the as-of date's;
    with neither, this fiscal year's plan, else the agency's latest (said on stderr)."""
    from datetime import date

    from itadesk.services.progress import (
        SAMPLE_PLAN_YEAR,
        export_progress_pdf,
        export_sample_progress_pdf,
        plan_year_for,
    )
    from itadesk.thai.dates import fiscal_year_of

    as_of = args.as_of or date.today()
    if args.sample:
        export_sample_progress_pdf(args.output, args.year or SAMPLE_PLAN_YEAR, as_of, signatures, args.page_numbers)
        return
    if not args.agency:
        raise InvalidInputError(_("Name the agency (--agency), or use --sample."))
    from itadesk.services.agencies import find_agency

    store = _open(args)
    try:
        agency = find_agency(store, args.agency)
        year = args.year or fiscal_year_of(as_of)
        if args.year is None and args.as_of is None:
            chosen = plan_year_for(store, agency.id, year)
            if chosen != year:
                message = _(
                    "{agency} has no plan for this fiscal year ({year}); reporting on its latest plan, fiscal year "
                    "{plan} (another year: --year)."
                )
                print(_shown(message, agency=agency.name, year=year, plan=chosen), file=sys.stderr)
            year = chosen
        export_progress_pdf(store, agency.id, year, as_of, args.output, signatures, args.page_numbers)
    finally:
        store.close()


def _export_agency_file(args: argparse.Namespace, kind: str) -> None:
    """The whole agency (every year and plan) as a JSON or Excel exchange file."""
    from itadesk.services.exporting import write_json
    from itadesk.services.xlsx import write_xlsx

    if args.sample:
        from itadesk.services.sample import sample_document

        document = sample_document()
    else:
        if not args.agency:
            raise InvalidInputError(_("Name the agency (--agency), or use --sample."))
        from itadesk.services.agencies import find_agency
        from itadesk.services.exporting import agency_document

        store = _open(args)
        try:
            document = agency_document(store, find_agency(store, args.agency).id)
        finally:
            store.close()
    (write_json if kind == "json" else write_xlsx)(document, args.output)


def _export_all(args: argparse.Namespace) -> int:
    """Every agency's report of --year into the folder -o, one file each (with --progress, also the progress report
    of the plan written from it); the files written, and the agencies skipped with the reason."""
    from itadesk.services.batch_export import BatchExport, items_of
    from itadesk.services.overview import overview

    if not args.all:
        raise InvalidInputError(_("--progress is for --all; for one agency use --kind progress."))
    if args.agency or args.sample or not args.year or args.kind != "report" or args.format not in (None, "pdf"):
        raise InvalidInputError(_("Use --all with --year and -o FOLDER only (and --progress, --as-of)."))
    if args.as_of is not None and not args.progress:
        raise InvalidInputError(_("--as-of is for the progress report (--kind progress)."))
    store = _open(args)
    try:
        rows = overview(store, args.year).rows
        args.output.mkdir(parents=True, exist_ok=True)
        batch = BatchExport(store, args.year, items_of(rows), args.output, progress=args.progress, as_of=args.as_of)
        outcome = batch.run(lambda result: print(_shown(_("Wrote {path}"), path=result.path)) if result.path else None)
    finally:
        store.close()
    for skipped in outcome.skipped:
        message = _shown(_("Skipped {agency}: {reason}"), agency=skipped.item.label, reason=skipped.problem)
        print(message, file=sys.stderr)
    print(_shown(_("{written} files written into {path}."), written=len(outcome.written), path=args.output))
    return EXIT_OK


def _cmd_overview(args: argparse.Namespace) -> int:
    """Every agency of the store in --year: a table on the console, or with -o the district summary (PDF or Excel)."""
    from datetime import date

    from itadesk.domain.overview import OverviewFilter, SortColumn, sort_rows
    from itadesk.overview_text import format_overview
    from itadesk.services.overview import district_summary, overview, write_district_file

    wanted = OverviewFilter(args.district or "", args.province or "", args.agency_kind or "")
    as_of = args.as_of or date.today()
    store = _open(args)
    try:
        if args.output is not None:
            if args.output.suffix.lower() not in (".pdf", ".xlsx"):
                raise InvalidInputError(
                    _("The summary is written as PDF or Excel: name the file {file} with .pdf or .xlsx.").format(
                        file=args.output.name
                    )
                )
            write_district_file(district_summary(store, args.year, as_of, wanted), args.output)
            print(_shown(_("Wrote {path}"), path=args.output))
            return EXIT_OK
        made = overview(store, args.year, as_of, wanted)
    finally:
        store.close()
    column, _colon, tool = args.sort.partition(":")
    rows = sort_rows(made.rows, SortColumn(column), args.descending, tool.upper())
    print(format_overview(rows, made.fiscal_year, made.tool_codes, made.as_of, thai_digits=_thai_digits(args)))
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    """Each file read whole, then brought in with one transaction of its own: a refused file changes nothing, the
    others come in. An agency the store holds is brought in year by year; a year that differs from the store's is
    refused unless --replace-years or --keep-years says what to do with it."""
    from itadesk.services.importing import read_exchange_documents
    from itadesk.services.merging import Decision

    overlap = set(args.replace_years) & set(args.keep_years)
    if overlap:
        raise InvalidInputError(
            _("A year cannot be both replaced and kept: {years}.").format(years=", ".join(map(str, sorted(overlap))))
        )
    decisions = {year: Decision.REPLACE for year in args.replace_years}
    decisions.update({year: Decision.KEEP for year in args.keep_years})
    readable = []
    refused = 0
    for path in args.files:
        try:
            readable.append((path, read_exchange_documents(path)))  # read before opening the store
        except ServiceError as error:
            refused += 1
            print(_digits(str(error)), file=sys.stderr)
    if not readable:
        return EXIT_USAGE
    store = _open(args, writes=True)
    try:
        for path, documents in readable:
            if not _import_one(store, path, documents, decisions):
                refused += 1
    finally:
        store.close()
    if len(args.files) > 1:
        print(_shown(_("Imported {done} of {total} files."), done=len(args.files) - refused, total=len(args.files)))
    return EXIT_USAGE if refused else EXIT_OK


def _import_one(store: "Store", path: Path, documents: list, decisions: dict) -> bool:
    """One file into the store, all or nothing; what came in on stdout, or why nothing did on stderr."""
    from itadesk.services.importing import import_documents
    from itadesk.services.merging import YearConflictError

    try:
        results = import_documents(store, documents, decisions)
    except YearConflictError as error:
        years = ",".join(str(year) for year in error.years)  # as typed in the command: 0–9
        hint = _digits(_("To take the file's, add {replace}; to keep the store's, add {keep}.")).format(
            replace=f"--replace-years {years}", keep=f"--keep-years {years}"
        )
        print(_digits(f"{path.name}: {error}") + "\n" + hint, file=sys.stderr)
        return False
    except ServiceError as error:
        print(_digits(f"{path.name}: {error}"), file=sys.stderr)
        return False
    for document, result in zip(documents, results, strict=True):
        print(_import_line(store, result, document))
    return True


def _import_line(store: "Store", result, document) -> str:  # noqa: ANN001 - MergeResult, AgencyDocument
    if result.created:
        return _shown(
            _("Added {name} (number {id}) to {path}: {years} assessment years, {plans} plans, {measures} measures."),
            name=result.name,
            id=result.agency_id,
            path=_where(store),
            years=len(document.assessments),
            plans=len(document.plans),
            measures=sum(len(plan.measures) for plan in document.plans),
        )
    parts = result.parts()
    if not result.changed:
        return _shown(
            _("{name} (number {id}) is already in {path} as the file has it; nothing changed."),
            name=result.name,
            id=result.agency_id,
            path=_where(store),
        )
    return _shown(
        _("Updated {name} (number {id}) in {path}: {changes}."),
        name=result.name,
        id=result.agency_id,
        path=_where(store),
        changes="; ".join(parts),
    )


def _cmd_gui(args: argparse.Namespace) -> int:
    from itadesk.paths import DB_ENV_VAR
    from itadesk.ui.app import run
    from itadesk.ui.settings import remembered_store, user_settings

    path = _location(args)
    if not args.db and not os.environ.get(DB_ENV_VAR) and args.screenshot is None:
        path = remembered_store(user_settings()) or path  # the store last opened with File → Open store…
    if args.db and isinstance(path, Path) and not _same_path(path, resolve_db_path(None)):
        from itadesk.store.database import check_store_path

        check_store_path(path, create=False)  # a new store is started only at the default path
    return run(path, args.screenshot, args.language)


def _cmd_guide(args: argparse.Namespace) -> int:
    from itadesk.ui.guide_file import make_guide_file

    make_guide_file(args.output, args.shots)
    print(_shown(_("Wrote the user guide {path}."), path=args.output))
    return EXIT_OK


def _cmd_backup(args: argparse.Namespace) -> int:
    from itadesk.store.backup import backup_now
    from itadesk.store.database import check_store_file, check_store_path

    location = _location(args)
    if args.json is not None or not isinstance(location, Path):
        return _backup_json(args, location)
    path = location
    check_store_path(path, create=False)
    check_store_file(path)
    made = backup_now(path, args.output)
    print(_shown(_("Backed up {path} to {backup}"), path=path, backup=made))
    return EXIT_OK


def _backup_json(args: argparse.Namespace, location: "Path | str") -> int:
    """Every agency of the store into one JSON file, which `itadesk import` brings back: a shared store's backup
    (by default into this PC's backups folder), or a store file's with --json."""
    from itadesk.services.store_backup import shared_backup_name, write_store_json
    from itadesk.store import open_store

    target = args.json or args.output
    if target is not None and target.suffix.lower() != ".json":
        raise InvalidInputError(
            _("A backup of every agency is a JSON file: name the file {file} with .json.").format(file=target.name)
        )
    store = open_store(location, create=False, backups=False)
    try:
        target = target or store.backup_folder / shared_backup_name(store)
        count = write_store_json(store, target)
    finally:
        store.close()
    from itadesk.paths import default_db_path

    command = f"itadesk import {_quote(target)}"
    if not isinstance(location, Path):  # the URL without its password
        url = store.location
        command += " --db " + (f'"{url}"' if os.name == "nt" else "'" + url.replace("'", "'\\''") + "'")
    elif not _same_path(location, default_db_path()):
        command += f" --db {_quote(location)}"
    message = _("Backed up {path} to {backup}: {count} agencies. To bring them back, run:")
    print(_shown(message, path=_where(store), backup=target, count=count) + "\n  " + command)
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from itadesk.store.database import StoreMissing, restore_backup, store_missing

    path = _location(args)
    if isinstance(path, Path) and not path.exists() and not path.parent.is_dir():
        raise StoreMissing(store_missing(path))  # a lost store is put back, but no folder is made for a typo
    kept = restore_backup(path, args.file)  # refused while a window or another program has the store open
    print(_shown(_("Restored {path} from {backup}."), path=path, backup=args.file))
    if kept is not None:
        print(_shown(_("What it replaced is kept in {kept}"), kept=kept))
    return EXIT_OK


def _same_path(one: Path, other: Path) -> bool:
    return os.path.normcase(os.path.abspath(one)) == os.path.normcase(os.path.abspath(other))


def _quote(path: Path) -> str:
    """A path as it is typed in the shell it is shown in, to be copied as it is: in double quotes for Windows'
    command prompt and PowerShell (a Windows file name holds no double quote), in single quotes elsewhere."""
    text = os.path.abspath(path)
    if os.name == "nt":
        return f'"{text}"'
    return "'" + text.replace("'", "'\\''") + "'"


def restore_command(store: Path, backup: Path) -> str:
    """The command that puts backup in place of store, naming the store unless it is the per-user default."""
    from itadesk.paths import default_db_path

    command = f"itadesk restore {_quote(backup)}"
    if not _same_path(store, default_db_path()):
        command += f" --db {_quote(store)}"
    return command


def _store_problem(error: StoreError, args: argparse.Namespace) -> str:
    """The reason, and the latest backup to go back to if there is one (the damaged file is left as it is); for a
    store that is not there, where the default store is."""
    from itadesk.paths import default_db_path
    from itadesk.store.backup import latest_backup
    from itadesk.store.database import StoreMissing

    if getattr(args, "command", None) == "restore":
        return str(error)
    path = _location(args)
    if not isinstance(path, Path):
        if isinstance(error, StoreMissing):
            return str(error) + "\n" + _("Check the URL given with --db or ITADESK_DB.")
        return str(error)
    if isinstance(error, StoreMissing):
        if _same_path(path, default_db_path()):
            return (
                str(error)
                + "\n"
                + _(
                    "To start it, open the window (itadesk), add the sample agency (itadesk sample) or add an agency "
                    "from a file (itadesk import FILE)."
                )
            )
        default = resolve_db_path(None)
        if _same_path(path, default):
            default = default_db_path()
        check = _("Check the path given with --db or ITADESK_DB; the default store is {default}.")
        return str(error) + "\n" + _shown(check, default=default)
    backup = latest_backup(path)
    if backup is None:
        return str(error)
    return (
        str(error)
        + "\n"
        + _shown(_("The latest backup is {backup}. To go back to it, run:"), backup=backup)
        + "\n  "
        + restore_command(path, backup)
    )


def _year(text: str) -> int:
    from itadesk.thai.digits import from_thai_digits

    value = from_thai_digits(text.strip())
    if not value.isdigit() or not 2500 <= int(value) <= 2700:
        raise argparse.ArgumentTypeError(
            _("“{value}” is not a Buddhist-era fiscal year such as 2568.").format(value=text)
        )
    return int(value)


def _years(text: str) -> tuple[int, ...]:
    """Years separated by commas (or spaces): 2567,2568."""
    return tuple(_year(part) for part in text.replace(",", " ").split())


def _as_of(text: str) -> "date":
    from itadesk.thai.dates import parse_thai_date

    try:
        return parse_thai_date(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("“{value}” is not a date with a Buddhist-era year, such as 31/3/2569 or 2569-03-31.").format(value=text)
        ) from None


def build_parser() -> argparse.ArgumentParser:
    store_options = argparse.ArgumentParser(add_help=False)
    store_options.add_argument(
        "--db",
        metavar="PATH|URL",
        help=_(
            "the store file, or a shared store's URL postgresql://user@server:5432/database (default: ITADESK_DB, "
            "else the per-user data folder)"
        ),
    )
    year_options = argparse.ArgumentParser(add_help=False, parents=[store_options])
    year_options.add_argument("--agency", required=True, help=_("part of the agency's name, or its number"))
    year_options.add_argument("--year", required=True, type=_year, help=_("fiscal year (B.E.), e.g. 2568"))
    year_options.add_argument("--arabic-digits", action="store_true", help=_("print 0–9 instead of Thai digits"))

    parser = argparse.ArgumentParser(prog="itadesk", description=_("ITA Desk: ITA results and improvement plans"))
    parser.add_argument(
        "--language",
        choices=SUPPORTED_LANGUAGES,
        help=_(
            "the language of this run: th (Thai, the default) or en (English); the window otherwise uses the one "
            "chosen in View → Language. Printed reports are always in Thai."
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser(
        "sample", parents=[store_options], help=_("load the sample agency into the store")
    ).set_defaults(run=_cmd_sample)
    commands.add_parser(
        "summary", parents=[year_options], help=_("print a year's scores beside the year before")
    ).set_defaults(run=_cmd_summary)
    commands.add_parser(
        "check",
        parents=[year_options],
        help=_("check a year's figures and written texts against each other (exit 1 on an error)"),
    ).set_defaults(run=_cmd_check)
    export = commands.add_parser(
        "export",
        parents=[store_options],
        help=_("write a year's report as PDF or Word (.docx), or the whole agency as a JSON or Excel (.xlsx) file"),
    )
    export.add_argument(
        "--kind",
        choices=("report", "progress"),
        default="report",
        help=_(
            "report: a year's results, analysis and plan (the default); progress: where the measures of a "
            "year's plan stand (ITA item O26)"
        ),
    )
    export.add_argument("--agency", help=_("part of the agency's name, or its number"))
    export.add_argument(
        "--year",
        type=_year,
        help=_(
            "fiscal year (B.E.), e.g. 2568; for --kind progress the plan's year (default: that of --as-of; without "
            "--as-of, this year's plan, else the latest)"
        ),
    )
    export.add_argument(
        "--as-of",
        type=_as_of,
        metavar="DATE",
        help=_("progress report: the date the figures stand at, B.E., e.g. 31/3/2569 (default: today)"),
    )
    export.add_argument("--sample", action="store_true", help=_("the sample agency, without touching your store"))
    export.add_argument(
        "--all", action="store_true", help=_("every agency's report of --year, one file each, into the folder -o")
    )
    export.add_argument(
        "--progress", action="store_true", help=_("with --all: also each agency's progress report (ITA item O26)")
    )
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE", help=_("the file to write"))
    export.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        help=_(
            "pdf or docx: a year's report (docx to edit in Word); json or xlsx: the whole agency, to import "
            "elsewhere (default: from FILE's suffix)"
        ),
    )
    export.add_argument(
        "--signatures",
        choices=("auto", "yes", "no"),
        default="auto",
        help=_("signature block: when the agency has names (auto), always, or never"),
    )
    export.add_argument(
        "--page-numbers",
        choices=("official", "footer"),
        default="official",
        help=_(
            'page numbers: "- 2 -" at the top from page 2, as in official documents (official), or "Page 2 / 12" '
            "at the foot of every page (footer)"
        ),
    )
    export.set_defaults(run=_cmd_export)
    _add_overview_parser(commands, store_options)
    imported = commands.add_parser(
        "import",
        parents=[store_options],
        help=_(
            "add agencies from JSON or Excel (.xlsx) files made by export or backup --json; an agency already in "
            "the store gets the file's new years"
        ),
    )
    imported.add_argument(
        "files", nargs="+", type=Path, metavar="FILE", help=_("the .json or .xlsx files to import, each all or nothing")
    )
    imported.add_argument(
        "--replace-years",
        type=_years,
        default=(),
        metavar="YEARS",
        help=_("years that differ from the store's and are to be replaced by the file's, e.g. 2567,2568"),
    )
    imported.add_argument(
        "--keep-years",
        type=_years,
        default=(),
        metavar="YEARS",
        help=_("years that differ from the store's and are to be kept as the store has them, e.g. 2566"),
    )
    imported.set_defaults(run=_cmd_import)
    gui = commands.add_parser("gui", parents=[store_options], help=_("open the window (also: itadesk alone)"))
    gui.add_argument("--screenshot", type=Path, metavar="DIR", help=_("save a picture of each tab into DIR and exit"))
    gui.set_defaults(run=_cmd_gui)
    guide = commands.add_parser(
        "guide", help=_("write the user guide as a PDF, with pictures of this version's window (in --language)")
    )
    guide.add_argument("-o", "--output", required=True, type=Path, metavar="FILE", help=_("the file to write"))
    guide.add_argument("--shots", type=Path, metavar="DIR", help=_("also keep the pictures of the window in DIR"))
    guide.set_defaults(run=_cmd_guide)
    backup = commands.add_parser("backup", parents=[store_options], help=_("copy the store now"))
    backup.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help=_("where to write the copy (default: the backups folder)")
    )
    backup.add_argument(
        "--json",
        type=Path,
        metavar="FILE",
        help=_(
            "write every agency into one JSON file instead, which itadesk import brings back (a shared store is "
            "always backed up so)"
        ),
    )
    backup.set_defaults(run=_cmd_backup)
    restore = commands.add_parser(
        "restore", parents=[store_options], help=_("put a backup in place of the store, keeping a copy of it")
    )
    restore.add_argument("file", type=Path, metavar="FILE", help=_("the backup to restore"))
    restore.set_defaults(run=_cmd_restore)
    return parser


SORT_CHOICES = (
    "agency",
    "district",
    "overall",
    "level",
    "change",
    "tool:iit",
    "tool:eit",
    "tool:oit",
    "weakest",
    "o25",
    "done",
    "in_progress",
    "overdue",
)


def _add_overview_parser(commands: argparse._SubParsersAction, store_options: argparse.ArgumentParser) -> None:
    overview = commands.add_parser(
        "overview",
        parents=[store_options],
        help=_("every agency of the store in a year: a table, or the district summary as PDF or Excel (-o)"),
    )
    overview.add_argument("--year", required=True, type=_year, help=_("fiscal year (B.E.), e.g. 2568"))
    overview.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help=_("write the district summary to FILE.pdf or FILE.xlsx")
    )
    overview.add_argument("--district", help=_("only the agencies of this district"))
    overview.add_argument("--province", help=_("only the agencies of this province"))
    overview.add_argument("--kind", dest="agency_kind", help=_("only agencies of this kind, e.g. เทศบาลตำบล"))
    overview.add_argument(
        "--as-of",
        type=_as_of,
        metavar="DATE",
        help=_("the date the plans' progress stands at, B.E., e.g. 31/3/2569 (default: today)"),
    )
    overview.add_argument("--sort", choices=SORT_CHOICES, default="agency", help=_("the column to sort by"))
    overview.add_argument("--descending", action="store_true", help=_("sort from the highest"))
    overview.add_argument("--arabic-digits", action="store_true", help=_("print 0–9 instead of Thai digits"))
    overview.set_defaults(run=_cmd_overview)


def _ensure_printable_output() -> None:
    for stream in (sys.stdout, sys.stderr):
        if stream is None:
            continue
        try:
            "ก▲".encode(stream.encoding or "ascii")
        except (UnicodeEncodeError, LookupError):
            stream.reconfigure(encoding="utf-8")  # type: ignore[union-attr]


def _language_asked(argv: Sequence[str]) -> str | None:
    """--language, read before the rest: the help texts and error messages are made in it."""
    early = argparse.ArgumentParser(prog="itadesk", add_help=False)
    early.add_argument("--language")
    known, _rest = early.parse_known_args(argv)
    return known.language if known.language in SUPPORTED_LANGUAGES else None


def main(argv: Sequence[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # a frozen program started as a worker of the batch export runs only that
    _ensure_printable_output()
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(DEFAULT_LANGUAGE)
    with argparse_speaks_our_language():  # argparse's usage, headings and errors in the language of this run
        set_language(_language_asked(argv) or DEFAULT_LANGUAGE)
        parser = build_parser()
        args = parser.parse_args(argv)
        if not getattr(args, "run", None):  # `itadesk` alone opens the window on the default store
            args = parser.parse_args([*argv, "gui"])
    try:
        return args.run(args)
    except StoreError as error:
        print(_digits(_store_problem(error, args)), file=sys.stderr)
        return EXIT_USAGE
    except ServiceError as error:
        print(_digits(str(error)), file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
