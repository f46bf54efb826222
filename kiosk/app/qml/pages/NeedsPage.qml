import QtQuick
import QtQuick.Layouts
import Kakanai
import "../components"

// "What do you need?" — by life event, or straight to the list of forms.
Item {
    objectName: "needsPage"
    function eventLabel(id) {
        switch (id) {
        case "moving": return qsTr("I am moving house")
        case "childbirth": return qsTr("A baby was born / child care")
        case "certificates": return qsTr("I need a certificate")
        case "health-insurance": return qsTr("National Health Insurance")
        case "proxy": return qsTr("I am applying for someone else")
        }
        return id
    }
    function eventDetail(id) {
        switch (id) {
        case "moving": return qsTr("moving in, moving out, moving within the city")
        case "childbirth": return qsTr("birth, child allowance")
        case "certificates": return qsTr("residence record, seal, tax certificates")
        case "health-insurance": return qsTr("join or leave")
        case "proxy": return qsTr("with a letter of proxy")
        }
        return ""
    }
    Column {
        width: parent.width
        spacing: 30
        Heading { width: parent.width; text: qsTr("What do you need today?") }
        Grid {
            id: grid
            width: parent.width
            columns: 2
            columnSpacing: 28
            rowSpacing: 24
            readonly property real cell: (width - columnSpacing) / 2
            Repeater {
                model: Kiosk.lifeEvents
                KButton {
                    objectName: "event_" + modelData
                    width: grid.cell
                    height: Math.max(implicitHeight, theme.target * 1.4)
                    text: eventLabel(modelData)
                    detail: eventDetail(modelData)
                    onClicked: Kiosk.chooseLifeEvent(modelData)
                }
            }
            KButton {
                objectName: "eventAll"
                width: grid.cell
                height: Math.max(implicitHeight, theme.target * 1.4)
                text: qsTr("Choose by the name of the form")
                onClicked: Kiosk.chooseLifeEvent("")
            }
        }
    }
}
