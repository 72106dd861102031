"""csv over StringIO: reader/writer dialects, quoting, DictReader/DictWriter, sniffing."""
import csv
import io

raw = 'name,qty,note\nwidget,3,"has, comma"\ngadget,10,"says ""hi"""\n"multi\nline",1,\n'
rows = list(csv.reader(io.StringIO(raw)))
print(rows)
for row in csv.DictReader(io.StringIO(raw)):
    print(dict(row))
out = io.StringIO()
writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
writer.writerow(["a", "b,c", 'd"e', 1.5, None])
writer.writerows([[1, 2], ["x"]])
print(repr(out.getvalue()))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "name"], lineterminator="\n", extrasaction="ignore")
dw.writeheader()
dw.writerow({"id": 1, "name": "ann", "extra": "dropped"})
dw.writerow({"id": 2})
print(out.getvalue())
tsv = "a\tb\n1\t2\n"
print(list(csv.reader(io.StringIO(tsv), delimiter="\t")))
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator=";").writerow(["q", 2])
print(out.getvalue())
dialect = csv.Sniffer().sniff("x;y;z\n1;2;3\n")
print(dialect.delimiter, csv.Sniffer().has_header("name,age\nann,30\nbob,25\n"))
try:
    list(csv.reader(io.StringIO('a,"unterminated\n'), strict=True))
except csv.Error as exc:
    print("csv.Error:", exc)
print(sorted(csv.list_dialects()))
