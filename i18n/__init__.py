"""Translations: ``tr()`` for every user-visible string.

Strings are looked up in ``csiap_planner_<lang>.qm`` built from the ``.ts``
files beside this module (``make translations``). We keep our own
translators instead of installing them into the application so that an
export can be made in a language other than the one QGIS runs in, and so
that our ``@default`` context never collides with another plugin's.

pylupdate5 files a call to the module-level ``tr("...")`` under the
``@default`` context; the lookup below uses the same context.
"""

import os

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QLocale, QTranslator

CONTEXT = "@default"
LANGUAGES = ("id", "en")
_HERE = os.path.dirname(__file__)
_translators = {}


def qm_path(language):
    return os.path.join(_HERE, "csiap_planner_{}.qm".format(language))


def ui_language():
    """The language QGIS runs in, reduced to one we translate into."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        locale = settings.value("locale/userLocale", "") or ""
    else:
        locale = QLocale.system().name()
    return "id" if str(locale)[:2].lower() in ("id", "in") else "en"


def _translator(language):
    if language not in _translators:
        translator = QTranslator()
        # English is the source language: an empty translator returns it.
        if language != "en":
            translator.load(qm_path(language))
        _translators[language] = translator
    return _translators[language]


def tr(text, language=None):
    """``text`` in ``language`` ('id' or 'en'), by default the language QGIS
    runs in; the English source text where no translation exists."""
    translator = _translator(language or ui_language())
    try:
        translated = translator.translate(CONTEXT, text)
    except UnicodeEncodeError:
        # Qt 5's Python bindings hand a str to char* as ASCII; Qt reads the bytes as UTF-8.
        translated = translator.translate(CONTEXT, text.encode("utf-8"))
    return translated or text


def reset():
    """Forget loaded translators (after ``make translations`` or a locale change)."""
    _translators.clear()
