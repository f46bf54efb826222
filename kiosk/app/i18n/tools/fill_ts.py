#!/usr/bin/env python3
"""Fills the kiosk's .ts files from the translation tables (strings_*.py) after `lupdate`.
ja, ja-easy and en are written as finished; zh-Hans, ko, vi and pt as "unfinished" (present, awaiting review
by a native speaker). Run from kiosk/app: python3 i18n/tools/fill_ts.py (after the kiosk_lupdate target)."""
import importlib.util, os, sys, xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
T, N = {}, {}
for name in sorted(os.listdir(HERE)):
    if name.startswith("strings_") and name.endswith(".py"):
        spec = importlib.util.spec_from_file_location(name[:-3], os.path.join(HERE, name))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        T.update(getattr(mod, "T", {}))
        N.update(getattr(mod, "N", {}))

LANGS = {"ja": (0, "ja", True), "ja-easy": (1, "ja", True), "zh-Hans": (2, "zh_CN", False),
         "ko": (3, "ko", False), "vi": (4, "vi", False), "pt": (5, "pt_BR", False), "en": (None, "en", True)}
missing = set()
for lang, (col, code, reviewed) in LANGS.items():
    path = os.path.join(HERE, "..", f"kiosk_{lang}.ts")
    tree = ET.parse(path)
    root = tree.getroot()
    root.set("language", code)
    root.set("sourcelanguage", "en")
    for msg in root.iter("message"):
        src = msg.find("source").text
        tr = msg.find("translation")
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        plural = msg.get("numerus") == "yes"
        if plural:
            if src not in N:
                missing.add(src); continue
            row = N[src]
            if lang == "en":
                forms = row[5]
            elif lang == "pt":
                forms = row[6]
            else:
                forms = (row[col],)
            for f in forms:
                ET.SubElement(tr, "numerusform").text = f
        else:
            if lang == "en":
                text = src
            elif src in T:
                text = T[src][col]
            else:
                missing.add(src); continue
            tr.text = text
        if reviewed:
            tr.attrib.pop("type", None)
        else:
            tr.set("type", "unfinished")
    ET.indent(tree, space="    ")
    tree.write(path, encoding="utf-8", xml_declaration=True)
if missing:
    print("no translation for:", *sorted(missing), sep="\n  ")
    sys.exit(1)
print("filled", len(LANGS), "languages")
