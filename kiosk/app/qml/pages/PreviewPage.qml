import QtQuick
import Kakanai
import "../components"

// Every page as it will print, rendered from the PDF itself.
PageFrame {
    id: page
    objectName: "previewPage"
    readonly property var o: Kiosk.output
    title: qsTr("This is what will be printed")
    KText { width: page.width; visible: !o.previewReady && o.previewError.length === 0; text: qsTr("Preparing your forms…") }
    Banner { width: page.width; visible: o.previewError.length > 0; kind: "error"; text: qsTr("The forms could not be prepared. Please ask staff.") }
    Flickable {
        width: page.width
        height: page.height - y - printButton.height - 120
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        contentWidth: pageRow.width
        flickableDirection: Flickable.HorizontalFlick
        Row {
            id: pageRow
            spacing: 30
            height: parent.height
            Repeater {
                model: o.pages
                Rectangle {
                    height: pageRow.height
                    width: height * 0.707
                    border.width: 3
                    border.color: theme.border
                    Image {
                        objectName: "previewImage" + index
                        anchors.fill: parent
                        anchors.margins: 3
                        source: modelData
                        fillMode: Image.PreserveAspectFit
                        smooth: true
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("Page %1 of %2").arg(index + 1).arg(o.pages.length)
                    }
                }
            }
        }
    }
    actions: [
        KButton {
            id: printButton
            objectName: "printButton"
            text: qsTr("Print") + " ▶"
            kind: "primary"
            px: 44
            enabled: o.previewReady
            onClicked: o.print()
        },
        KText {
            width: page.width - printButton.width - 20
            anchors.verticalCenter: printButton.verticalCenter
            text: o.handwritingCount > 0 ? qsTr("%n box(es) stay empty for you to write or sign by hand at the counter.", "", o.handwritingCount)
                                          : qsTr("Staff will check the forms with you at the counter.")
        }
    ]
}
