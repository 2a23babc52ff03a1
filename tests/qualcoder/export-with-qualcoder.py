"""Builds a small QualCoder project and exports it with QualCoder's own REFI-QDA exporter, headless.

Usage: python3 export-with-qualcoder.py <QualCoder src dir> <out dir> [--maxqda-line-endings]

Writes <out dir>/<project>.qdpx (the name QualCoder gives it) and prints its path. QualCoder
(LGPL-3.0, github.com/ccbogel/QualCoder) is not part of Glossa: point the first argument at a
checkout's src/ folder. Needs PyQt6 (Debian: python3-pyqt6). Qt runs offscreen; the project
database gets the tables QualCoder's own new_project() creates (read from its __main__.py) and
its project row; rows are inserted as QualCoder's dialogs would (positions are Python string
indices, i.e. code points; QualCoder turns CRLF into LF when it imports a text, so the texts
hold LF). QualCoder's dialogs are answered: the line-ending question ("no change", or MAXQDA's
CRLF with --maxqda-line-endings), the directory chooser (the out dir), and its message boxes
(qualcoder.helpers.Message, which pulls in PyMuPDF and VLC) go to a recorder on stderr.
"""
import builtins
import os
import re
import sqlite3
import sys
import tempfile
import types

src, out_dir = sys.argv[1], os.path.abspath(sys.argv[2])
maxqda = "--maxqda-line-endings" in sys.argv[3:]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# RefiExport stages the archive in ~/.qualcoder/<project>: keep that out of the real home.
home = tempfile.mkdtemp(prefix="qc-export-home-")
os.makedirs(os.path.join(home, ".qualcoder"))
os.environ["HOME"] = home
sys.path.insert(0, src)
builtins._ = lambda s: s


class Message:  # stands in for qualcoder.helpers.Message
    def __init__(self, app, title, text, icon=None):
        print(f"QualCoder says: {title}: {text}", file=sys.stderr)

    def exec(self):
        return 0


helpers = types.ModuleType("qualcoder.helpers")
helpers.Message = Message
sys.modules["qualcoder.helpers"] = helpers

from PyQt6 import QtWidgets  # noqa: E402

qt_app = QtWidgets.QApplication([])
from qualcoder import refi  # noqa: E402

app_py = open(os.path.join(src, "qualcoder", "app.py"), encoding="utf-8").read()
version = re.search(r'self\.version = "([^"]+)"', app_py).group(1)

name = "glossa-fixture.qda"
work = tempfile.mkdtemp(prefix="qc-export-")
project = os.path.join(work, name)
for sub in ("documents", "images", "audio", "video"):
    os.makedirs(os.path.join(project, sub))
conn = sqlite3.connect(os.path.join(project, "data.qda"))
main_py = open(os.path.join(src, "qualcoder", "__main__.py"), encoding="utf-8").read()
body = main_py[main_py.index("def new_project"):]
body = body[:body.index("\n    def ", 10)]
for stmt in re.findall(r'cur\.execute\(\s*((?:"[^"]*"\s*)+)\)', body):
    sql = "".join(re.findall(r'"([^"]*)"', stmt))
    if sql.upper().startswith("CREATE TABLE"):
        conn.execute(sql)
# The row new_project() inserts (database version, date, memo, about, bookmarks, coder name).
conn.execute("INSERT INTO project VALUES(?,?,?,?,?,?,?,?,null,null,null)",
             ("v17", "2026-12-01 09:00:00", "Project memo: trafficking reports, two coders.", version, 0, 0, "anna", ""))

EN = ("Annual report on trafficking in persons\n"
      "The national referral mechanism identified 120 victims 👍 in 2021.\n"
      "Labour exploitation in agriculture rose sharply.\n"
      "Shelters remained underfunded.")
RU = ("Доклад о торговле людьми\n"
      "Национальный механизм перенаправления выявил 45 жертв.\n"
      "Трудовая эксплуатация 😀 в сельском хозяйстве выросла.")
D = "2026-12-01 10:00:00"
conn.executemany("INSERT INTO source (id, name, fulltext, mediapath, memo, owner, date) VALUES (?,?,?,?,?,?,?)", [
    (1, "osce-report-2021.txt", EN, None, "Source memo: the English OSCE report.", "anna", D),
    (2, "doklad-2021.txt", RU, None, "", "boris", D),
])
conn.executemany("INSERT INTO code_cat (catid, name, owner, date, memo, supercatid) VALUES (?,?,?,?,?,?)", [
    (1, "Themes", "anna", D, "Category memo", None),
])
conn.executemany("INSERT INTO code_name (cid, name, memo, catid, owner, date, color, supercid) VALUES (?,?,?,?,?,?,?,?)", [
    (1, "Trafficking", "Code memo: recruitment, transport, exploitation.", 1, "anna", D, "#F1C232", None),
    (2, "Referral", "", None, "anna", D, "#6FA8DC", 1),
    (3, "Labour", "", 1, "anna", D, "#93C47D", None),
    (4, "Эксплуатация", "Код для русских текстов", None, "boris", D, "#E06666", None),
])


def coding(ctid, cid, fid, text, exact, owner, memo="", nth=0):
    start = -1
    for _i in range(nth + 1):
        start = text.index(exact, start + 1)
    return (ctid, cid, fid, exact, start, start + len(exact), owner, D, memo, None, None)


conn.executemany("INSERT INTO code_text VALUES (?,?,?,?,?,?,?,?,?,?,?)", [
    coding(1, 1, 1, EN, "trafficking in persons", "anna", "Coding memo: the report's subject."),
    coding(2, 2, 1, EN, "national referral mechanism identified 120 victims", "anna"),
    coding(3, 2, 1, EN, "referral mechanism", "boris"),
    coding(4, 3, 1, EN, "Labour exploitation in agriculture rose sharply.", "boris"),  # after the emoji
    coding(5, 1, 1, EN, "👍 in 2021", "anna"),
    coding(6, 3, 1, EN, "Shelters remained underfunded.", "anna"),
    coding(7, 4, 2, RU, "Трудовая эксплуатация", "boris", "Память о кодировании"),
    coding(8, 4, 2, RU, "в сельском хозяйстве выросла", "boris"),  # after the emoji
    coding(9, 1, 2, RU, "торговле людьми", "anna"),
])
ann_start = EN.index("underfunded")
conn.execute("INSERT INTO annotation VALUES (?,?,?,?,?,?,?)",
             (1, 1, ann_start, ann_start + len("underfunded"), "Annotation: check the budget tables", "boris", D))
conn.executemany("INSERT INTO journal (jid, name, jentry, date, owner) VALUES (?,?,?,?,?)", [
    (1, "Coding diary", "Day one: agreed the codebook.\nDay two: coded the Russian report.", D, "anna"),
])
conn.executemany("INSERT INTO attribute_type (name, date, owner, memo, caseOrFile, valuetype) VALUES (?,?,?,?,?,?)", [
    ("Organisation", D, "anna", "Who published it", "file", "character"),
    ("Year", D, "anna", "", "file", "numeric"),
    ("Region", D, "anna", "", "case", "character"),
    ("Population", D, "anna", "", "case", "numeric"),
])
conn.executemany("INSERT INTO attribute (name, attr_type, value, id, date, owner) VALUES (?,?,?,?,?,?)", [
    ("Organisation", "file", "OSCE", 1, D, "anna"),
    ("Year", "file", "2021", 1, D, "anna"),
    ("Organisation", "file", "МВД", 2, D, "anna"),
    ("Year", "file", "2022", 2, D, "anna"),
    ("Region", "case", "Eastern Europe", 1, D, "anna"),
    ("Population", "case", "2.6", 1, D, "anna"),
])
conn.execute("INSERT INTO cases (caseid, name, memo, owner, date) VALUES (?,?,?,?,?)",
             (1, "Moldova", "Case memo: country case", "anna", D))
# Whole-file case links are stored with pos0 = pos1 = 0, as QualCoder's case manager does.
conn.executemany("INSERT INTO case_text (caseid, fid, pos0, pos1, owner, date, memo) VALUES (?,?,?,?,?,?,?)", [
    (1, 1, 0, 0, "anna", D, ""), (1, 2, 0, 0, "anna", D, ""),
])
conn.commit()


def get_annotations():  # app.get_annotations() reads the annotation_visible view: every coder here
    keys = "anid", "fid", "pos0", "pos1", "memo", "owner", "date"
    return [dict(zip(keys, r)) for r in conn.execute("select anid, fid, pos0, pos1, memo, owner, date from annotation")]


class LineEndings:  # answers QualCoder's RefiLineEndings dialog
    def __init__(self, app, parent=None):
        checked = types.SimpleNamespace(isChecked=lambda: maxqda)
        self.ui = types.SimpleNamespace(radioButton_maxqda=checked)

    def exec(self):
        return 1


class Log:
    def append(self, s):
        print(s, file=sys.stderr)


refi.RefiLineEndings = LineEndings
QtWidgets.QFileDialog.getExistingDirectory = staticmethod(lambda *a, **k: out_dir)
app = types.SimpleNamespace(
    conn=conn, project_path=project, project_name=name, version=version, ai=None,
    settings={"codername": "anna", "directory": out_dir}, get_annotations=get_annotations,
)
os.makedirs(out_dir, exist_ok=True)
refi.RefiExport(app, Log(), "project")
print(os.path.join(out_dir, name[:-4] + ".qdpx"))
