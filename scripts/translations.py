#!/usr/bin/env python3
"""Status of the translations and help for a translation pass (house rule 3).

  scripts/translations.py status [--list]   finished/unfinished per .ts; --list names the unfinished
  scripts/translations.py fill-en           English: every unfinished message outside gk::TemplateLabels
                                            takes its (English) source text; numerus forms split on "(s)"

Refresh the .ts from the sources first: cmake --build build --target update_translations.
Translate zh_CN (and the gk::TemplateLabels context of en) in Qt Linguist:
  linguist translations/gkreview_zh_CN.ts
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TOP = Path(__file__).resolve().parent.parent
TS_FILES = [TOP / 'translations' / 'gkreview_zh_CN.ts', TOP / 'translations' / 'gkreview_en.ts']
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def load(path):
    return ET.parse(path)


def save(tree, path):
    # lupdate's layout (contexts at the margin, one level less than ET.indent gives), so that a
    # fill leaves a diff of the filled messages only. Only markup lines move: a text line never
    # starts with '<' (it is escaped), and multi-line sources keep their spaces.
    ET.indent(tree, space='    ')
    body = ET.tostring(tree.getroot(), encoding='unicode')
    body = re.sub(r'^    (?=\s*<)', '', body, flags=re.M)
    path.write_text(HEADER + body + '\n', encoding='utf-8')


def messages(tree):
    for context in tree.getroot().iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            yield name, message


def is_finished(message):
    translation = message.find('translation')
    if translation is None or translation.get('type') in ('unfinished', 'vanished', 'obsolete'):
        return False
    forms = translation.findall('numerusform')
    return all(f.text for f in forms) if forms else bool(translation.text)


def status(list_unfinished):
    for path in TS_FILES:
        tree = load(path)
        finished = unfinished = 0
        for context, message in messages(tree):
            translation = message.find('translation')
            if translation is not None and translation.get('type') in ('vanished', 'obsolete'):
                continue
            if is_finished(message):
                finished += 1
            else:
                unfinished += 1
                if list_unfinished:
                    print(f'  {path.name}: [{context}] {message.findtext("source")!r}')
        print(f'{path.name}: {finished} finished, {unfinished} unfinished')


def english_forms(source):
    # "%n error(s)" → "%n error", "%n errors"; only the "(s)" that counts %n: "%2 verdict(s)" stays
    counted = re.compile(r'(%n[^%]*?)\(s\)')
    return counted.sub(r'\1', source, count=1), counted.sub(r'\1s', source, count=1)


def fill_en():
    path = TS_FILES[1]
    tree = load(path)
    filled = 0
    for context, message in messages(tree):
        if context == 'gk::TemplateLabels' or is_finished(message):
            continue
        translation = message.find('translation')
        if translation.get('type') in ('vanished', 'obsolete'):
            continue
        source = message.findtext('source')
        translation.attrib.pop('type', None)
        if message.get('numerus') == 'yes':
            for form in list(translation):
                translation.remove(form)
            for text in english_forms(source):
                ET.SubElement(translation, 'numerusform').text = text
        else:
            translation.text = source
        filled += 1
    save(tree, path)
    print(f'{path.name}: {filled} message(s) filled with their source text')


if __name__ == '__main__':
    command = sys.argv[1] if len(sys.argv) > 1 else 'status'
    if command == 'status':
        status('--list' in sys.argv)
    elif command == 'fill-en':
        fill_en()
    else:
        print(__doc__)
        sys.exit(2)
