import QtQuick
import Kakanai
import "../components"

// Take your forms to the counter; Done is refused while a card is still in the reader.
PageFrame {
    id: page
    objectName: "donePage"
    readonly property var o: Kiosk.output
    property bool takeCard: false
    Connections {
        target: Kiosk
        function onNotice(code) { if (code === "take-card") page.takeCard = true }
    }
    title: qsTr("Finished. Please take your forms to:")
    KText { objectName: "doneCounter"; width: page.width; text: o.counters.join("、"); px: 60; font.bold: true; color: theme.primary }
    Banner {
        objectName: "cardStillIn"
        width: page.width
        visible: Kiosk.identify.cardPresent
        kind: page.takeCard ? "error" : "warning"
        text: qsTr("Your card is still in the reader. Please take it with you.")
    }
    Repeater {
        model: o.nextSteps
        KText {
            width: page.width
            text: "● " + modelData.form + (modelData.bring.length > 0 ? "　— " + qsTr("bring: %1").arg(modelData.bring.join("、")) : "")
        }
    }
    KText { width: page.width; visible: o.totalFee >= 0; text: qsTr("Fee (estimate): %1 yen").arg(o.totalFee); font.bold: true }
    KText { width: page.width; text: qsTr("A note with these steps was printed with your forms. Nothing you entered is kept on this machine."); color: theme.muted }
    actions: KButton {
        objectName: "finishButton"
        text: qsTr("Finish")
        kind: "primary"
        px: 44
        onClicked: Kiosk.finish()
    }
}
