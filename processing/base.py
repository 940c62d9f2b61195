"""What every CSIAP algorithm shares: group, translation, help, errors."""

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingParameterEnum

from ..core import schema
from ..i18n import tr
from ..workspace import WorkspaceError


class CsiapAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses declare ``initAlgorithm`` and implement
    ``run_algorithm`` (not ``run``: QgsProcessingAlgorithm has one).

    ``run_algorithm`` raises ``WorkspaceError`` with a message for the user; it is shown
    as a Processing error, and the workspace is left as it was.
    """

    # Overridden by each algorithm.
    ID = ""

    def name(self):
        return self.ID

    def group(self):
        return tr("Sanitation planning")

    def groupId(self):
        return "csiap"

    def createInstance(self):
        return type(self)()

    def add_language_parameter(self):
        parameter = QgsProcessingParameterEnum(
            "LANGUAGE", tr("Language of layer names, forms and labels"),
            options=[tr("Bahasa Indonesia"), tr("English")], defaultValue=0)
        self.addParameter(parameter)

    def language(self, parameters, context):
        return schema.LANGUAGES[self.parameterAsEnum(parameters, "LANGUAGE", context)]

    def processAlgorithm(self, parameters, context, feedback):
        try:
            return self.run_algorithm(parameters, context, feedback)
        except WorkspaceError as error:
            raise QgsProcessingException(str(error)) from error

    def run_algorithm(self, parameters, context, feedback):
        raise NotImplementedError
