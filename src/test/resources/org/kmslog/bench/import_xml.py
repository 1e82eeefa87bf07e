#!/usr/bin/env python3
"""The comparison the cold-import benchmark times: a plain Python stdlib import of KMS event XML
(xml.etree + sqlite3) into a new database, one transaction per file, a ledger of file hashes so a
file is imported once, and the KMS events' tuples split into columns. Usage: import_xml.py DB FILE..."""
import hashlib, sqlite3, sys
import xml.etree.ElementTree as ET

NS = "{http://schemas.microsoft.com/win/2004/08/events/event}"
KMS_IDS = {"12288", "12289", "12290", "12293", "12294"}


def events(path):
    """Each Event element of a wevtutil file (many roots) or an Event Viewer one (one <Events>)."""
    parser = ET.XMLPullParser(events=("end",))
    with open(path, "rb") as f:
        head = f.read(1 << 16)
        wrapped = not head.lstrip(b"\xef\xbb\xbf \r\n").startswith(b"<?xml")
        if wrapped:
            parser.feed(b"<Events>")
        while head:
            parser.feed(head)
            for _, element in parser.read_events():
                if element.tag == NS + "Event":
                    yield element
                    element.clear()
            head = f.read(1 << 16)
        if wrapped:
            parser.feed(b"</Events>")
        parser.close()


def main(db_path, files):
    db = sqlite3.connect(db_path)
    db.execute("CREATE TABLE IF NOT EXISTS import_file (sha256 TEXT PRIMARY KEY, path TEXT, events INT)")
    db.execute("CREATE TABLE IF NOT EXISTS event (computer TEXT, record_id INT, event_id INT, time TEXT,"
               " f1 TEXT, f2 TEXT, f3 TEXT, f4 TEXT, f5 TEXT, f6 TEXT, f7 TEXT, f8 TEXT, f9 TEXT,"
               " f10 TEXT, f11 TEXT, PRIMARY KEY (computer, record_id, event_id))")
    total = 0
    for path in files:
        with open(path, "rb") as f:
            sha = hashlib.sha256(f.read()).hexdigest()
        if db.execute("SELECT 1 FROM import_file WHERE sha256 = ?", (sha,)).fetchone():
            continue
        rows = []
        for e in events(path):
            system = e.find(NS + "System")
            event_id = system.findtext(NS + "EventID")
            if event_id not in KMS_IDS or "Security-SPP" not in system.find(NS + "Provider").get("Name", ""):
                continue
            data = [d.text or "" for d in e.iter(NS + "Data")]
            fields = ",".join(data).replace(", ", ",").split(",") if event_id != "12294" else data
            fields = (fields + [None] * 11)[:11]
            rows.append((system.findtext(NS + "Computer"), int(system.findtext(NS + "EventRecordID")),
                         int(event_id), system.find(NS + "TimeCreated").get("SystemTime"), *fields))
        with db:
            db.executemany("INSERT OR IGNORE INTO event VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
            db.execute("INSERT INTO import_file VALUES (?, ?, ?)", (sha, path, len(rows)))
        total += len(rows)
    print(f"{total} KMS events from {len(files)} files")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
