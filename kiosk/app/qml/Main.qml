import QtQuick
import QtQuick.Window
import QtQuick.Layouts
import Kakanai
import "components"
import "pages"

// The kiosk window: a bar with "call staff" and the larger-text toggle on top, the current screen in
// the middle, "back", "start over" and the language buttons at the bottom (always visible).
Window {
    id: root
    width: 1920
    height: 1080
    visible: true
    flags: Qt.Window | Qt.FramelessWindowHint
    color: theme.background
    title: "Kakanai"

    QtObject {
        id: theme
        objectName: "theme"
        readonly property string font: Kiosk.fontFamily
        readonly property real scale: Kiosk.textScale
        readonly property real mm: Kiosk.pxPerMm
        readonly property real target: Math.ceil(22 * mm) // touch targets ≥ 20 mm
        readonly property real maxButtonWidth: 1100
        readonly property real bodyPx: 34
        readonly property real smallPx: 27
        readonly property real buttonPx: 34
        readonly property real valuePx: 38
        readonly property real headingPx: 48
        // Colours: every text/background pair is ≥ 7:1 (WCAG 1.4.6 AAA); checked by the UI tests.
        readonly property color background: "#ffffff"
        readonly property color text: "#1a1a1a"
        readonly property color muted: "#4a4a4a"
        readonly property color primary: "#0b3d91"
        readonly property color primaryDown: "#072a66"
        readonly property color inverseText: "#ffffff"
        readonly property color secondary: "#e8eef7"
        readonly property color secondaryDown: "#c9d6ea"
        readonly property color border: "#1a1a1a"
        readonly property color selectedBg: "#fff3c4"
        readonly property color selectedText: "#1a1a1a"
        readonly property color selectedBorder: "#0b3d91"
        readonly property color disabledBg: "#d0d0d0"
        readonly property color disabledText: "#2b2b2b"
        readonly property color warningBg: "#fff3c4"
        readonly property color warningBorder: "#8a5a00"
        readonly property color errorBg: "#fde8e8"
        readonly property color error: "#a40000"
        readonly property color infoBg: "#e8eef7"
        readonly property color danger: "#7a0000"
        readonly property color okBg: "#e3f4e1"
        readonly property color okBorder: "#1e6b2a"
        readonly property var contrastPairs: [[text, background], [muted, background], [inverseText, primary],
            [inverseText, primaryDown], [text, secondary], [text, secondaryDown], [selectedText, selectedBg],
            [disabledText, disabledBg], [text, warningBg], [muted, warningBg], [error, background], [text, errorBg],
            [text, infoBg], [inverseText, danger], [muted, secondary], [text, okBg]]
    }

    function pageFor(step) {
        switch (step) {
        case "welcome": return "pages/WelcomePage.qml"
        case "needs": return "pages/NeedsPage.qml"
        case "forms": return "pages/FormsPage.qml"
        case "purpose": return "pages/PurposePage.qml"
        case "identify": return "pages/IdentifyPage.qml"
        case "pin": return "pages/PinPage.qml"
        case "camera": return "pages/CameraPage.qml"
        case "staff-entry": return "pages/StaffEntryPage.qml"
        case "check": return "pages/CheckPage.qml"
        case "household": return "pages/HouseholdPage.qml"
        case "questions": return "pages/QuestionsPage.qml"
        case "summary": return "pages/SummaryPage.qml"
        case "preview": return "pages/PreviewPage.qml"
        case "printing": return "pages/PrintingPage.qml"
        case "done": return "pages/DonePage.qml"
        }
        return "pages/WelcomePage.qml"
    }

    // ---- top bar ----
    Rectangle {
        id: topBar
        objectName: "topBar"
        width: parent.width
        // Grows when the title wraps to a third line (long languages with larger text).
        height: Math.max(132, topTitle.contentHeight + 32)
        color: Kiosk.staffCalled ? theme.danger : theme.secondary
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 28
            anchors.rightMargin: 20
            spacing: 18
            KText {
                id: topTitle
                Layout.fillWidth: true
                Layout.preferredHeight: contentHeight
                text: Kiosk.staffCalled ? qsTr("Staff have been called. Please wait here.")
                                        : (Kiosk.staffOperated ? qsTr("Staff-operated mode") + " — " : "") + qsTr("%1 form kiosk — no writing needed").arg(Kiosk.municipality)
                font.bold: true
                color: Kiosk.staffCalled ? theme.inverseText : theme.text
                maximumLineCount: 3
            }
            // Interactive demo only (kakanai-kiosk --demo with a display): stands in for a real card.
            KButton {
                objectName: "demoCardButton"
                visible: Kiosk.demoControls
                kind: "quiet"
                px: theme.smallPx
                // Not translated: a demo aid, not part of the resident's screens.
                text: Kiosk.identify.cardPresent ? "DEMO: card out" : "DEMO: card in"
                onClicked: Kiosk.demoCard(Kiosk.identify.cardPresent ? "remove" : "mynumber")
            }
            KButton {
                objectName: "demoLicenceButton"
                visible: Kiosk.demoControls && !Kiosk.identify.cardPresent
                kind: "quiet"
                px: theme.smallPx
                text: "DEMO: licence in"
                onClicked: Kiosk.demoCard("licence")
            }
            KButton {
                objectName: "largeTextButton"
                text: Kiosk.largeText ? qsTr("Normal text") : qsTr("Larger text")
                selected: Kiosk.largeText
                onClicked: Kiosk.largeText = !Kiosk.largeText
            }
            KButton {
                objectName: "callStaffButton"
                text: Kiosk.staffCalled ? qsTr("Cancel the call") : qsTr("Call staff")
                kind: Kiosk.staffCalled ? "secondary" : "danger"
                onClicked: Kiosk.staffCalled ? Kiosk.cancelStaffCall() : Kiosk.callStaff()
            }
            KButton {
                objectName: "staffModeButton"
                text: qsTr("Staff")
                kind: "quiet"
                minWidth: theme.target * 1.4
                onClicked: Kiosk.staff.open()
            }
        }
    }

    // ---- the screen ----
    Loader {
        id: page
        objectName: "page"
        x: 48
        y: topBar.height + 24
        width: parent.width - 96
        height: bottomBar.y - y - 24
        source: root.pageFor(Kiosk.step)
    }

    // ---- bottom bar ----
    Rectangle {
        id: bottomBar
        objectName: "bottomBar"
        width: parent.width
        height: 132
        y: parent.height - height
        color: theme.secondary
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 20
            anchors.rightMargin: 20
            spacing: 14
            KButton {
                objectName: "backButton"
                visible: Kiosk.canGoBack
                text: "◀ " + qsTr("Back")
                onClicked: Kiosk.back()
            }
            KButton {
                objectName: "startOverButton"
                visible: Kiosk.step !== "welcome" && Kiosk.step !== "printing"
                text: qsTr("Start over")
                onClicked: Kiosk.startOver()
            }
            Item { Layout.fillWidth: true }
            Repeater {
                model: Kiosk.languages
                KButton {
                    objectName: "lang_" + modelData.code
                    text: modelData.name
                    font.family: modelData.font
                    minWidth: theme.target * 1.2
                    leftPadding: 16
                    rightPadding: 16
                    px: 28
                    scalesWithText: false
                    selected: Kiosk.language === modelData.code
                    Accessible.name: modelData.name
                    onClicked: Kiosk.setLanguage(modelData.code)
                }
            }
        }
    }

    // ---- overlays ----
    Rectangle {
        objectName: "editorOverlay"
        anchors.fill: parent
        visible: Kiosk.editor.open
        color: "#cc000000"
        MouseArea { anchors.fill: parent }
        Keyboard { anchors.fill: parent; anchors.margins: 24 }
    }

    Overlay {
        objectName: "startOverDialog"
        visible: Kiosk.confirmStartOver
        Heading { width: parent.width; text: qsTr("Start over?") }
        KText { width: parent.width; text: qsTr("Everything you entered will be deleted.") }
        Row {
            spacing: 24
            KButton { objectName: "startOverYes"; text: qsTr("Yes, start over"); kind: "danger"; onClicked: Kiosk.answerStartOver(true) }
            KButton { objectName: "startOverNo"; text: qsTr("No, go back"); kind: "primary"; onClicked: Kiosk.answerStartOver(false) }
        }
    }

    Overlay {
        objectName: "idleWarning"
        visible: Kiosk.idleWarning
        Heading { width: parent.width; text: qsTr("Are you still there?") }
        KText {
            objectName: "idleCountdown"
            width: parent.width
            text: qsTr("To protect your data, everything will be deleted in %1 seconds.").arg(Kiosk.idleSecondsLeft)
        }
        KButton { objectName: "stillHereButton"; text: qsTr("I am still here — continue"); kind: "primary"; onClicked: Kiosk.stillHere() }
    }

    StaffPanel {
        anchors.fill: parent
        visible: Kiosk.staff.pinPadOpen || Kiosk.staff.unlocked
    }
}
