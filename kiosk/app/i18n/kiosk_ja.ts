<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja" sourcelanguage="en">
    <context>
        <name>Bring</name>
        <message>
            <source>An ID document (the card you used)</source>
            <translation>本人確認書類（使ったカード）</translation>
        </message>
        <message>
            <source>Letter of proxy</source>
            <translation>委任状</translation>
        </message>
        <message>
            <source>Personal seal (inkan)</source>
            <translation>印鑑</translation>
        </message>
        <message>
            <source>Health insurance card</source>
            <translation>健康保険証</translation>
        </message>
        <message>
            <source>Maternal and child health handbook</source>
            <translation>母子健康手帳</translation>
        </message>
        <message>
            <source>Moving-out certificate</source>
            <translation>転出証明書</translation>
        </message>
        <message>
            <source>Bank book or bank card</source>
            <translation>通帳またはキャッシュカード</translation>
        </message>
        <message>
            <source>Money for the fee</source>
            <translation>手数料</translation>
        </message>
    </context>
    <context>
        <name>CameraPage</name>
        <message>
            <source>Camera view</source>
            <translation>カメラの映像</translation>
        </message>
        <message>
            <source>Place your ID under the camera</source>
            <translation>本人確認書類をカメラの下に置いてください</translation>
        </message>
        <message>
            <source>Lay the card inside the white frame, face up.</source>
            <translation>カードを表にして、白い枠の中に置いてください。</translation>
        </message>
        <message>
            <source>Hold still…</source>
            <translation>動かさないでください…</translation>
        </message>
        <message>
            <source>Taking the photo… keep still.</source>
            <translation>撮影しています… そのままお待ちください。</translation>
        </message>
        <message>
            <source>The camera is not available. Please ask staff.</source>
            <translation>カメラが使えません。職員にお声がけください。</translation>
        </message>
        <message>
            <source>The photo could not be read. Please try again, or ask staff.</source>
            <translation>写真を読み取れませんでした。もう一度試すか、職員にお声がけください。</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>もう一度</translation>
        </message>
        <message>
            <source>The photo is used only to read your details and is deleted at once.</source>
            <translation>写真は情報の読み取りにだけ使い、すぐに消去します。</translation>
        </message>
        <message>
            <source>Staff will help</source>
            <translation>職員が手伝います</translation>
        </message>
    </context>
    <context>
        <name>CardSlotPicture</name>
        <message>
            <source>Picture: the card goes into the reader below the screen, face up, chip first</source>
            <translation>図：カードは表を上にして、ICチップ側から画面下の読み取り機に差し込みます</translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <source>Check your details</source>
            <translation>内容の確認</translation>
        </message>
        <message>
            <source>Please take your card out of the reader now. It is not needed any more.</source>
            <translation>カードを読み取り機から抜いてください。もう必要ありません。</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) to check or enter</source>
            <translation>
                <numerusform>確認・入力が必要な項目：%n件</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything is checked.</source>
            <translation>すべて確認しました。</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>次へ</translation>
        </message>
    </context>
    <context>
        <name>DetailsList</name>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Reading of your name (furigana)</source>
            <translation>氏名のフリガナ</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>生年月日</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>性別</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>住所</translation>
        </message>
        <message>
            <source>Postal code (optional)</source>
            <translation>郵便番号（任意）</translation>
        </message>
        <message>
            <source>Phone number (optional)</source>
            <translation>電話番号（任意）</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>男</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>女</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>記載なし</translation>
        </message>
        <message>
            <source>as registered at the city office</source>
            <translation>市役所に登録されているとおりに</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <source>Finished. Please take your forms to:</source>
            <translation>完了しました。申請書を次の窓口へお持ちください：</translation>
        </message>
        <message>
            <source>Your card is still in the reader. Please take it with you.</source>
            <translation>カードが読み取り機に残っています。お持ち帰りください。</translation>
        </message>
        <message>
            <source>bring: %1</source>
            <translation>持ち物：%1</translation>
        </message>
        <message>
            <source>Fee (estimate): %1 yen</source>
            <translation>手数料（目安）：%1円</translation>
        </message>
        <message>
            <source>A note with these steps was printed with your forms. Nothing you entered is kept on this machine.</source>
            <translation>この案内は申請書と一緒に印刷しました。入力した内容はこの機械に残りません。</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>終了</translation>
        </message>
    </context>
    <context>
        <name>FieldRow</name>
        <message>
            <source>from your card</source>
            <translation>カードから</translation>
        </message>
        <message>
            <source>from the photo</source>
            <translation>写真から</translation>
        </message>
        <message>
            <source>entered by staff</source>
            <translation>職員が入力</translation>
        </message>
        <message>
            <source>entered by you</source>
            <translation>ご本人が入力</translation>
        </message>
        <message>
            <source>suggestion: is this right?</source>
            <translation>候補：これで合っていますか？</translation>
        </message>
        <message>
            <source>worked out from your card</source>
            <translation>カードの内容から作成</translation>
        </message>
        <message>
            <source>(missing: please enter)</source>
            <translation>（未入力：入力してください）</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（なし）</translation>
        </message>
        <message>
            <source>Please check</source>
            <translation>確認してください</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>正しい</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>変更</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>入力</translation>
        </message>
    </context>
    <context>
        <name>FormsPage</name>
        <message>
            <source>Choose the forms you need (you can choose several)</source>
            <translation>必要な申請書を選んでください（複数選べます）</translation>
        </message>
        <message>
            <source>There is no form for this here yet. Please ask staff at the counter.</source>
            <translation>ここにはまだ該当する申請書がありません。窓口の職員にお声がけください。</translation>
        </message>
        <message>
            <source>Tap a form to choose it.</source>
            <translation>申請書を押して選んでください。</translation>
        </message>
        <message numerus="yes">
            <source>%n form(s) chosen</source>
            <translation>
                <numerusform>%n件を選択中</numerusform>
            </translation>
        </message>
        <message>
            <source>Next</source>
            <translation>次へ</translation>
        </message>
    </context>
    <context>
        <name>HouseholdPage</name>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Reading of the name (furigana)</source>
            <translation>フリガナ</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>生年月日</translation>
        </message>
        <message>
            <source>Relationship to you</source>
            <translation>あなたとの続柄</translation>
        </message>
        <message>
            <source>Other people on the forms</source>
            <translation>申請書に記入するほかの方</translation>
        </message>
        <message>
            <source>Are you the head of your household (世帯主)?</source>
            <translation>あなたは世帯主ですか？</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <source>No</source>
            <translation>いいえ</translation>
        </message>
        <message>
            <source>Please add the head of household with “Add a person”.</source>
            <translation>「人を追加」で世帯主を追加してください。</translation>
        </message>
        <message>
            <source>(name missing)</source>
            <translation>（氏名なし）</translation>
        </message>
        <message>
            <source>head of household</source>
            <translation>世帯主</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>変更</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>人を追加</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>次へ</translation>
        </message>
        <message>
            <source>About this person</source>
            <translation>この方について</translation>
        </message>
        <message>
            <source>(missing: please enter)</source>
            <translation>（未入力：入力してください）</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>入力</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完了</translation>
        </message>
    </context>
    <context>
        <name>IdentifyPage</name>
        <message>
            <source>The card was taken out. Please insert it again.</source>
            <translation>カードが抜かれました。もう一度差し込んでください。</translation>
        </message>
        <message>
            <source>This card cannot be read here. Please use the camera or ask staff.</source>
            <translation>このカードはここでは読み取れません。カメラを使うか、職員にお声がけください。</translation>
        </message>
        <message>
            <source>No card was found. Please insert it again.</source>
            <translation>カードが見つかりません。もう一度差し込んでください。</translation>
        </message>
        <message>
            <source>The card could not be read. Please try again, or ask staff.</source>
            <translation>カードを読み取れませんでした。もう一度試すか、職員にお声がけください。</translation>
        </message>
        <message>
            <source>Insert your My Number card or driver's licence</source>
            <translation>マイナンバーカードか運転免許証を差し込んでください</translation>
        </message>
        <message>
            <source>The card reader is not available. Please use the camera or ask staff.</source>
            <translation>カード読み取り機が使えません。カメラを使うか、職員にお声がけください。</translation>
        </message>
        <message>
            <source>No card, or you do not know the PIN?</source>
            <translation>カードがない、暗証番号がわからない方</translation>
        </message>
        <message>
            <source>Show your ID to the camera</source>
            <translation>本人確認書類をカメラで読み取る</translation>
        </message>
        <message>
            <source>driver's licence, residence card, My Number card</source>
            <translation>運転免許証・在留カード・マイナンバーカード</translation>
        </message>
        <message>
            <source>Staff will help</source>
            <translation>職員が手伝います</translation>
        </message>
        <message>
            <source>a staff member types your details</source>
            <translation>職員があなたの情報を入力します</translation>
        </message>
    </context>
    <context>
        <name>Keyboard</name>
        <message>
            <source>Keyboard</source>
            <translation>キーボード</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Reading of your name (furigana)</source>
            <translation>氏名のフリガナ</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>生年月日</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>住所</translation>
        </message>
        <message>
            <source>Postal code (optional)</source>
            <translation>郵便番号（任意）</translation>
        </message>
        <message>
            <source>Phone number (optional)</source>
            <translation>電話番号（任意）</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>決定</translation>
        </message>
        <message>
            <source>Type the reading, then choose the characters here</source>
            <translation>読みを入力して、ここから漢字を選んでください</translation>
        </message>
        <message>
            <source>Type the year, month and day as 8 digits, for example 19850401 for 1 April 1985.</source>
            <translation>西暦の年・月・日を8けたで入力してください（例：1985年4月1日は19850401）。</translation>
        </message>
        <message>
            <source>゛ (voiced)</source>
            <translation>゛（濁点）</translation>
        </message>
        <message>
            <source>゜ (p-sound)</source>
            <translation>゜（半濁点）</translation>
        </message>
        <message>
            <source>Small ゃ ゅ ょ っ</source>
            <translation>小さい ゃ ゅ ょ っ</translation>
        </message>
        <message>
            <source>Delete one</source>
            <translation>1文字消す</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>空白</translation>
        </message>
        <message>
            <source>Clear all</source>
            <translation>全部消す</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Staff have been called. Please wait here.</source>
            <translation>職員を呼びました。このままお待ちください。</translation>
        </message>
        <message>
            <source>Staff-operated mode</source>
            <translation>職員操作モード</translation>
        </message>
        <message>
            <source>%1 form kiosk — no writing needed</source>
            <translation>%1 書かない窓口</translation>
        </message>
        <message>
            <source>Normal text</source>
            <translation>文字を元に戻す</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>文字を大きく</translation>
        </message>
        <message>
            <source>Cancel the call</source>
            <translation>呼び出しを取り消す</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation>職員を呼ぶ</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>職員用</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>戻る</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation>最初から</translation>
        </message>
        <message>
            <source>Start over?</source>
            <translation>最初からやり直しますか？</translation>
        </message>
        <message>
            <source>Everything you entered will be deleted.</source>
            <translation>入力した内容はすべて消去されます。</translation>
        </message>
        <message>
            <source>Yes, start over</source>
            <translation>はい、最初から</translation>
        </message>
        <message>
            <source>No, go back</source>
            <translation>いいえ、戻る</translation>
        </message>
        <message>
            <source>Are you still there?</source>
            <translation>操作を続けますか？</translation>
        </message>
        <message>
            <source>To protect your data, everything will be deleted in %1 seconds.</source>
            <translation>個人情報保護のため、あと%1秒ですべて消去します。</translation>
        </message>
        <message>
            <source>I am still here — continue</source>
            <translation>続ける</translation>
        </message>
    </context>
    <context>
        <name>NeedsPage</name>
        <message>
            <source>I am moving house</source>
            <translation>引っ越し</translation>
        </message>
        <message>
            <source>A baby was born / child care</source>
            <translation>出産・子育て</translation>
        </message>
        <message>
            <source>I need a certificate</source>
            <translation>証明書がほしい</translation>
        </message>
        <message>
            <source>National Health Insurance</source>
            <translation>国民健康保険</translation>
        </message>
        <message>
            <source>I am applying for someone else</source>
            <translation>代理で申請</translation>
        </message>
        <message>
            <source>moving in, moving out, moving within the city</source>
            <translation>転入・転出・転居</translation>
        </message>
        <message>
            <source>birth, child allowance</source>
            <translation>出生・児童手当</translation>
        </message>
        <message>
            <source>residence record, seal, tax certificates</source>
            <translation>住民票・印鑑証明・税証明</translation>
        </message>
        <message>
            <source>join or leave</source>
            <translation>加入・脱退</translation>
        </message>
        <message>
            <source>with a letter of proxy</source>
            <translation>委任状が必要です</translation>
        </message>
        <message>
            <source>What do you need today?</source>
            <translation>今日はどのようなご用件ですか？</translation>
        </message>
        <message>
            <source>Choose by the name of the form</source>
            <translation>申請書の名前から選ぶ</translation>
        </message>
    </context>
    <context>
        <name>PinDots</name>
        <message>
            <source>%1 of %2 digits entered</source>
            <translation>%2けた中%1けた入力済み</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <source>Delete</source>
            <translation>訂正</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>決定</translation>
        </message>
    </context>
    <context>
        <name>PinPage</name>
        <message>
            <source>The PIN is not correct. Please check it and try again.</source>
            <translation>暗証番号が違います。確認してもう一度入力してください。</translation>
        </message>
        <message>
            <source>This card's PIN is locked. Staff can help you at the counter.</source>
            <translation>このカードの暗証番号はロックされています。窓口で職員がお手伝いします。</translation>
        </message>
        <message>
            <source>The card did not answer. Please take it out and insert it again.</source>
            <translation>カードが応答しません。抜いてもう一度差し込んでください。</translation>
        </message>
        <message>
            <source>The card could not be read. Please try again, or ask staff.</source>
            <translation>カードを読み取れませんでした。もう一度試すか、職員にお声がけください。</translation>
        </message>
        <message>
            <source>Enter your licence PIN (PIN 1, 4 digits)</source>
            <translation>運転免許証の暗証番号1（4けた）を入力してください</translation>
        </message>
        <message>
            <source>Enter your card's 4-digit PIN</source>
            <translation>カードの暗証番号（4けた）を入力してください</translation>
        </message>
        <message>
            <source>The 4-digit PIN 1 you set when the licence was issued.</source>
            <translation>免許証の交付時に決めた4けたの暗証番号1です。</translation>
        </message>
        <message>
            <source>The 4-digit PIN for the card's basic information (not the longer signature password).</source>
            <translation>券面事項入力補助用の4けたの暗証番号です（署名用の長いパスワードではありません）。</translation>
        </message>
        <message>
            <source>Tries left before the card locks: %1</source>
            <translation>ロックされるまでの残り回数：%1回</translation>
        </message>
        <message>
            <source>Reading your card… please do not take it out.</source>
            <translation>カードを読み取っています… 抜かないでください。</translation>
        </message>
        <message>
            <source>I don't know the PIN — use the camera</source>
            <translation>暗証番号がわからない（カメラで読み取る）</translation>
        </message>
        <message>
            <source>Please ask staff</source>
            <translation>職員にお声がけください</translation>
        </message>
        <message>
            <source>Only one PIN try is left. So that your card does not lock, this kiosk will not use it.</source>
            <translation>暗証番号の残り回数が1回です。カードがロックされないよう、この機械では入力しません。</translation>
        </message>
        <message>
            <source>Please take your card out. Staff can help you at the counter, or you can show your ID to the camera.</source>
            <translation>カードを抜いてください。窓口で職員がお手伝いします。カメラで読み取ることもできます。</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation>職員を呼ぶ</translation>
        </message>
        <message>
            <source>Show your ID to the camera</source>
            <translation>本人確認書類をカメラで読み取る</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>This is what will be printed</source>
            <translation>印刷される内容です</translation>
        </message>
        <message>
            <source>Preparing your forms…</source>
            <translation>申請書を作成しています…</translation>
        </message>
        <message>
            <source>The forms could not be prepared. Please ask staff.</source>
            <translation>申請書を作成できませんでした。職員にお声がけください。</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>%2ページ中%1ページ目</translation>
        </message>
        <message numerus="yes">
            <source>%n box(es) stay empty for you to write or sign by hand at the counter.</source>
            <translation>
                <numerusform>%n か所は空欄です。窓口で手書き・署名してください。</numerusform>
            </translation>
        </message>
        <message>
            <source>Staff will check the forms with you at the counter.</source>
            <translation>窓口で職員が一緒に確認します。</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>印刷する</translation>
        </message>
    </context>
    <context>
        <name>PrintingPage</name>
        <message>
            <source>The printer is out of paper. Staff have been called and will add paper. Please wait.</source>
            <translation>プリンターの用紙がありません。職員を呼びました。補充しますのでお待ちください。</translation>
        </message>
        <message>
            <source>Paper is stuck in the printer. Staff have been called. Please wait.</source>
            <translation>プリンターに紙が詰まりました。職員を呼びました。お待ちください。</translation>
        </message>
        <message>
            <source>A printer cover is open. Staff have been called. Please wait.</source>
            <translation>プリンターのカバーが開いています。職員を呼びました。お待ちください。</translation>
        </message>
        <message>
            <source>The printer is not responding. Staff have been called. Please wait.</source>
            <translation>プリンターが応答しません。職員を呼びました。お待ちください。</translation>
        </message>
        <message>
            <source>Printing did not finish</source>
            <translation>印刷が完了しませんでした</translation>
        </message>
        <message>
            <source>Printing your forms…</source>
            <translation>申請書を印刷しています…</translation>
        </message>
        <message>
            <source>Page %1 of %2 printed</source>
            <translation>%2ページ中%1ページ印刷しました</translation>
        </message>
        <message>
            <source>Sending to the printer…</source>
            <translation>プリンターに送っています…</translation>
        </message>
        <message>
            <source>Nothing more will be printed. Staff have been called; you can also try again.</source>
            <translation>これ以上は印刷されません。職員を呼びました。もう一度試すこともできます。</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>もう一度</translation>
        </message>
    </context>
    <context>
        <name>PurposePage</name>
        <message>
            <source>Before we read your ID</source>
            <translation>本人確認書類を読み取る前に</translation>
        </message>
        <message>
            <source>We read your name, address, date of birth and sex, only to fill in the forms you chose.</source>
            <translation>氏名・住所・生年月日・性別を読み取り、選んだ申請書の記入にだけ使います。</translation>
        </message>
        <message>
            <source>We never read or print your My Number (individual number).</source>
            <translation>マイナンバー（個人番号）は読み取らず、印刷もしません。</translation>
        </message>
        <message>
            <source>Nothing is kept on this machine: everything is deleted when you finish or walk away.</source>
            <translation>この機械には何も残りません。終了したとき、または離れたときにすべて消去します。</translation>
        </message>
        <message>
            <source>Staff check your ID at the counter as usual.</source>
            <translation>窓口では、いつもどおり職員が本人確認をします。</translation>
        </message>
        <message>
            <source>I understand — continue</source>
            <translation>わかりました（次へ）</translation>
        </message>
    </context>
    <context>
        <name>QuestionsPage</name>
        <message>
            <source>Question %1 of %2</source>
            <translation>質問 %1／%2</translation>
        </message>
        <message>
            <source>One less</source>
            <translation>1つ減らす</translation>
        </message>
        <message>
            <source>One more</source>
            <translation>1つ増やす</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <source>No</source>
            <translation>いいえ</translation>
        </message>
        <message>
            <source>(missing: please enter)</source>
            <translation>（未入力：入力してください）</translation>
        </message>
        <message>
            <source>(none — you may leave this empty)</source>
            <translation>（なし：空欄のままでかまいません）</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>変更</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>入力</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>次へ</translation>
        </message>
    </context>
    <context>
        <name>Slip</name>
        <message>
            <source>Next steps</source>
            <translation>このあとの手続き</translation>
        </message>
        <message>
            <source>Take your forms to: %1</source>
            <translation>申請書の提出先：%1</translation>
        </message>
        <message>
            <source>Copies: %1</source>
            <translation>通数：%1</translation>
        </message>
        <message>
            <source>Fee (estimate): %1 yen</source>
            <translation>手数料（目安）：%1円</translation>
        </message>
        <message>
            <source>Please bring: %1</source>
            <translation>お持ちいただくもの：%1</translation>
        </message>
        <message>
            <source>Nothing you entered is kept on this machine.</source>
            <translation>入力した内容はこの機械に残りません。</translation>
        </message>
    </context>
    <context>
        <name>StaffEntryPage</name>
        <message>
            <source>A staff member will type your details</source>
            <translation>職員が情報を入力します</translation>
        </message>
        <message>
            <source>Staff have been called. Please wait here; they will come to you.</source>
            <translation>職員を呼びました。このままお待ちください。</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>次へ</translation>
        </message>
    </context>
    <context>
        <name>StaffPanel</name>
        <message>
            <source>Wrong staff PIN.</source>
            <translation>職員用暗証番号が違います。</translation>
        </message>
        <message>
            <source>Too many wrong PINs. Staff mode is locked until the kiosk restarts.</source>
            <translation>誤りが多すぎます。再起動まで職員モードはロックされます。</translation>
        </message>
        <message>
            <source>Staff mode: enter the staff PIN</source>
            <translation>職員モード：職員用暗証番号を入力</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>確認中…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <source>Staff mode</source>
            <translation>職員モード</translation>
        </message>
        <message>
            <source>Printer: %1</source>
            <translation>プリンター：%1</translation>
        </message>
        <message>
            <source>Card reader: %1</source>
            <translation>カード読み取り機：%1</translation>
        </message>
        <message>
            <source>Self-test</source>
            <translation>自己診断</translation>
        </message>
        <message>
            <source>Staff-operated mode</source>
            <translation>職員操作モード</translation>
        </message>
        <message>
            <source>Clear the staff call</source>
            <translation>呼び出しを解除</translation>
        </message>
        <message>
            <source>Print a calibration proof:</source>
            <translation>位置合わせ用の試し刷り：</translation>
        </message>
        <message>
            <source>Close staff mode</source>
            <translation>職員モードを閉じる</translation>
        </message>
        <message>
            <source>Usage (anonymous)</source>
            <translation>利用状況（匿名）</translation>
        </message>
        <message>
            <source>Verify a printout</source>
            <translation>申請書の確認</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Check your answers</source>
            <translation>回答の確認</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>変更</translation>
        </message>
        <message>
            <source>See the forms</source>
            <translation>申請書を見る</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Fill in city office forms without writing</source>
            <translation>申請書を書かずに作れます</translation>
        </message>
        <message>
            <source>Use your My Number card or driver's licence, answer a few questions, and the kiosk prints your forms. It takes about two minutes.</source>
            <translation>マイナンバーカードか運転免許証を使い、いくつかの質問に答えると、申請書を印刷します。約2分です。</translation>
        </message>
        <message>
            <source>Choose your language below.</source>
            <translation>下のボタンで言語を選べます。</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>はじめる</translation>
        </message>
        <message>
            <source>Your card goes into the reader, face up</source>
            <translation>カードは表を上にして読み取り機へ</translation>
        </message>
    </context>
    <context>
        <name>StaffVerifyScreen</name>
        <message>
            <source>(left blank for handwriting)</source>
            <translation>（手書き欄・空欄）</translation>
        </message>
        <message>
            <source>Back to staff mode</source>
            <translation>職員モードに戻る</translation>
        </message>
        <message>
            <source>Corrected by the resident: %1</source>
            <translation>住民が訂正した項目：%1</translation>
        </message>
        <message>
            <source>Corrected by the resident: nothing</source>
            <translation>住民が訂正した項目：なし</translation>
        </message>
        <message>
            <source>DEMO key: not an office key</source>
            <translation>デモ用の鍵：役所の鍵ではありません</translation>
        </message>
        <message>
            <source>Hand scanner: scan the code into this box</source>
            <translation>ハンドスキャナー：この欄にコードを読み取ります</translation>
        </message>
        <message>
            <source>Identified by: %1</source>
            <translation>本人確認の方法：%1</translation>
        </message>
        <message>
            <source>Incomplete: this form continues on other pages. Scan them too.</source>
            <translation>不完全：この申請書は他のページに続きます。そのページも読み取ってください。</translation>
        </message>
        <message>
            <source>Next printout</source>
            <translation>次の申請書</translation>
        </message>
        <message>
            <source>No camera: use the hand scanner.</source>
            <translation>カメラがありません。ハンドスキャナーを使ってください。</translation>
        </message>
        <message>
            <source>Not valid: signed by an unknown key (another kiosk or a retired key)</source>
            <translation>無効：登録されていない鍵の署名です（別の端末か、廃止した鍵）</translation>
        </message>
        <message>
            <source>Not valid: the code was changed or is not genuine (bad signature)</source>
            <translation>無効：コードが改変されたか、正規のものではありません（署名不一致）</translation>
        </message>
        <message>
            <source>Pages still to scan: part %1 of %2</source>
            <translation>まだ読み取っていないページ：全%2部のうち第%1部</translation>
        </message>
        <message>
            <source>Printed %1 at kiosk %2</source>
            <translation>印刷：%1（端末 %2）</translation>
        </message>
        <message>
            <source>Put the printout under the camera, or scan its code with the hand scanner.</source>
            <translation>申請書をカメラの下に置くか、ハンドスキャナーでコードを読み取ってください。</translation>
        </message>
        <message>
            <source>Reading the page…</source>
            <translation>読み取り中…</translation>
        </message>
        <message>
            <source>Take a picture of the page</source>
            <translation>ページを撮影して確認</translation>
        </message>
        <message>
            <source>The camera did not work (%1). Use the hand scanner.</source>
            <translation>カメラが使えませんでした（%1）。ハンドスキャナーを使ってください。</translation>
        </message>
        <message>
            <source>The picture of the page appears here.</source>
            <translation>ここにページの画像が表示されます。</translation>
        </message>
        <message>
            <source>Unreadable: no code could be read. Try again or use the hand scanner.</source>
            <translation>読み取れません：コードを読み取れませんでした。もう一度撮影するか、ハンドスキャナーを使ってください。</translation>
        </message>
        <message>
            <source>Valid: printed by a trusted kiosk and not changed</source>
            <translation>有効：登録済みの端末で印刷され、改変されていません</translation>
        </message>
        <message>
            <source>Verified, but this kiosk does not know this form version</source>
            <translation>署名は有効ですが、この端末はこの様式の版を知りません</translation>
        </message>
        <message>
            <source>corrected by staff</source>
            <translation>職員が訂正</translation>
        </message>
        <message>
            <source>corrected by the resident</source>
            <translation>住民が訂正</translation>
        </message>
        <message>
            <source>Verify a printout</source>
            <translation>申請書の確認</translation>
        </message>
    </context>
</TS>