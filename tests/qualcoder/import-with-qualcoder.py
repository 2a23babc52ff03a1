"""Imports a .qdpx with QualCoder's own REFI-QDA importer, headless, and prints what arrived.

Usage: python3 import-with-qualcoder.py <QualCoder src dir> <file.qdpx> <empty work dir>

QualCoder (LGPL-3.0, github.com/ccbogel/QualCoder) is not part of Glossa: point the first
argument at a checkout's src/ folder. Needs PyQt6 (Debian: python3-pyqt6). Qt runs with the
offscreen platform; the file dialog is answered with the given file, QualCoder's message
boxes (qualcoder.helpers.Message, which also pulls in PyMuPDF and VLC) are replaced by a
recorder, and the project database gets the tables QualCoder's own new_project() creates
(read from its __main__.py). Output: one JSON object on stdout.
"""
import builtins
import json
import os
import re
import sqlite3
import sys
import types

src, qdpx, work = sys.argv[1], sys.argv[2], sys.argv[3]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, src)
builtins._ = lambda s: s

messages = []


class Message:  # stands in for qualcoder.helpers.Message
    def __init__(self, app, title, text, icon=None):
        messages.append(f"{title}: {text}")

    def exec(self):
        return 0


helpers = types.ModuleType("qualcoder.helpers")
helpers.Message = Message
sys.modules["qualcoder.helpers"] = helpers

from PyQt6 import QtWidgets  # noqa: E402

qt_app = QtWidgets.QApplication([])
from qualcoder import refi  # noqa: E402

project = os.path.join(work, "imported.qda")
for sub in ("documents", "images", "audio", "video"):
    os.makedirs(os.path.join(project, sub), exist_ok=True)
conn = sqlite3.connect(os.path.join(project, "data.qda"))
main_py = open(os.path.join(src, "qualcoder", "__main__.py"), encoding="utf-8").read()
body = main_py[main_py.index("def new_project"):]
body = body[:body.index("\n    def ", 10)]
for stmt in re.findall(r'cur\.execute\(\s*((?:"[^"]*"\s*)+)\)', body):
    sql = "".join(re.findall(r'"([^"]*)"', stmt))
    if sql.upper().startswith("CREATE TABLE"):
        conn.execute(sql)
conn.commit()


class Log:
    lines = []

    def append(self, s):
        Log.lines.append(str(s))


app = types.SimpleNamespace(
    conn=conn, project_path=project, project_name="imported.qda", version="3.x", ai=None, ai_models=[],
    settings={"codername": "glossa-test", "directory": work, "ai_enable": "False"},
    write_config_ini=lambda *a, **k: None, project_events=None, get_annotations=lambda: [],
)
QtWidgets.QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (qdpx, "qdpx"))
refi.RefiImport(app, Log(), "qdpx")


def rows(sql):
    cur = conn.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


print(json.dumps({
    "sources": rows("select id, name, memo, length(fulltext) as length, fulltext from source"),
    "codes": rows("select cid, name, memo from code_name"),
    "codings": rows("select c.name as code, t.fid, t.seltext, t.pos0, t.pos1, t.owner, t.memo from code_text t join code_name c on c.cid = t.cid"),
    "areas": rows("select c.name as code, i.pdf_page, i.x1, i.y1, i.width, i.height from code_image i join code_name c on c.cid = i.cid"),
    "annotations": rows("select fid, pos0, pos1, memo, owner from annotation"),
    "attributes": rows("select name, value, id, attr_type from attribute"),
    "attribute_types": rows("select name, caseOrFile, valuetype from attribute_type"),
    "journals": rows("select name, jentry from journal"),
    "coders": sorted({r["owner"] for r in rows("select owner from code_text union select owner from annotation")}),
    "messages": messages,
}, ensure_ascii=False))
