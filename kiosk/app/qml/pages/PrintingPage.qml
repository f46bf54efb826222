import QtQuick
import Kakanai
import "../components"

// Progress and faults from the printer; staff are called for anything the resident cannot fix.
PageFrame {
    id: page
    objectName: "printingPage"
    readonly property var o: Kiosk.output
    function faultText(code) {
        switch (code) {
        case "print.media-empty": return qsTr("The printer is out of paper. Staff have been called and will add paper. Please wait.")
        case "print.media-jam": return qsTr("Paper is stuck in the printer. Staff have been called. Please wait.")
        case "print.door-open": return qsTr("A printer cover is open. Staff have been called. Please wait.")
        }
        return qsTr("The printer is not responding. Staff have been called. Please wait.")
    }
    title: o.phase === "failed" ? qsTr("Printing did not finish") : qsTr("Printing your forms…")
    KText {
        objectName: "printProgress"
        width: page.width
        visible: o.phase !== "failed"
        px: 40
        text: o.pagesDone > 0 ? qsTr("Page %1 of %2 printed").arg(o.pagesDone).arg(o.pageCount) : qsTr("Sending to the printer…")
    }
    Banner { objectName: "printFault"; width: page.width; visible: o.phase === "fault"; kind: "warning"; text: faultText(o.fault) }
    Banner {
        objectName: "printFailed"
        width: page.width
        visible: o.phase === "failed"
        kind: "error"
        text: qsTr("Nothing more will be printed. Staff have been called; you can also try again.")
    }
    KButton { objectName: "retryPrint"; visible: o.phase === "failed"; text: qsTr("Try again"); kind: "primary"; onClicked: o.retryPrint() }
}
