<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>Bring</name>
        <message>
            <source>An ID document (the card you used)</source>
            <translation type="unfinished">身份证明文件（您使用的卡）</translation>
        </message>
        <message>
            <source>Letter of proxy</source>
            <translation type="unfinished">委托书</translation>
        </message>
        <message>
            <source>Personal seal (inkan)</source>
            <translation type="unfinished">印章</translation>
        </message>
        <message>
            <source>Health insurance card</source>
            <translation type="unfinished">健康保险证</translation>
        </message>
        <message>
            <source>Maternal and child health handbook</source>
            <translation type="unfinished">母子健康手册</translation>
        </message>
        <message>
            <source>Moving-out certificate</source>
            <translation type="unfinished">迁出证明书</translation>
        </message>
        <message>
            <source>Bank book or bank card</source>
            <translation type="unfinished">存折或银行卡</translation>
        </message>
        <message>
            <source>Money for the fee</source>
            <translation type="unfinished">手续费</translation>
        </message>
    </context>
    <context>
        <name>CameraPage</name>
        <message>
            <source>Camera view</source>
            <translation type="unfinished">摄像头画面</translation>
        </message>
        <message>
            <source>Place your ID under the camera</source>
            <translation type="unfinished">请将证件放在摄像头下方</translation>
        </message>
        <message>
            <source>Lay the card inside the white frame, face up.</source>
            <translation type="unfinished">请将卡片正面朝上放在白框内。</translation>
        </message>
        <message>
            <source>Hold still…</source>
            <translation type="unfinished">请保持不动…</translation>
        </message>
        <message>
            <source>Taking the photo… keep still.</source>
            <translation type="unfinished">正在拍照… 请保持不动。</translation>
        </message>
        <message>
            <source>The camera is not available. Please ask staff.</source>
            <translation type="unfinished">摄像头无法使用。请咨询工作人员。</translation>
        </message>
        <message>
            <source>The photo could not be read. Please try again, or ask staff.</source>
            <translation type="unfinished">无法读取照片。请重试，或咨询工作人员。</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation type="unfinished">重试</translation>
        </message>
        <message>
            <source>The photo is used only to read your details and is deleted at once.</source>
            <translation type="unfinished">照片仅用于读取信息，并会立即删除。</translation>
        </message>
        <message>
            <source>Staff will help</source>
            <translation type="unfinished">由工作人员协助</translation>
        </message>
    </context>
    <context>
        <name>CardSlotPicture</name>
        <message>
            <source>Picture: the card goes into the reader below the screen, face up, chip first</source>
            <translation type="unfinished">图示：卡片正面朝上、芯片一端先插入屏幕下方的读卡器</translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <source>Check your details</source>
            <translation type="unfinished">确认您的信息</translation>
        </message>
        <message>
            <source>Please take your card out of the reader now. It is not needed any more.</source>
            <translation type="unfinished">请现在从读卡器取出卡片。之后不再需要。</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) to check or enter</source>
            <translation type="unfinished">
                <numerusform>需要确认或输入的项目：%n项</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything is checked.</source>
            <translation type="unfinished">全部确认完毕。</translation>
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished">下一步</translation>
        </message>
    </context>
    <context>
        <name>DetailsList</name>
        <message>
            <source>Name</source>
            <translation type="unfinished">姓名</translation>
        </message>
        <message>
            <source>Reading of your name (furigana)</source>
            <translation type="unfinished">姓名的读音（假名）</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation type="unfinished">出生日期</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation type="unfinished">性别</translation>
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished">住址</translation>
        </message>
        <message>
            <source>Postal code (optional)</source>
            <translation type="unfinished">邮政编码（可选）</translation>
        </message>
        <message>
            <source>Phone number (optional)</source>
            <translation type="unfinished">电话号码（可选）</translation>
        </message>
        <message>
            <source>Male</source>
            <translation type="unfinished">男</translation>
        </message>
        <message>
            <source>Female</source>
            <translation type="unfinished">女</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation type="unfinished">不填写</translation>
        </message>
        <message>
            <source>as registered at the city office</source>
            <translation type="unfinished">按市政府登记的内容</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <source>Finished. Please take your forms to:</source>
            <translation type="unfinished">已完成。请将表格交到：</translation>
        </message>
        <message>
            <source>Your card is still in the reader. Please take it with you.</source>
            <translation type="unfinished">您的卡还在读卡器里。请带走。</translation>
        </message>
        <message>
            <source>bring: %1</source>
            <translation type="unfinished">请携带：%1</translation>
        </message>
        <message>
            <source>Fee (estimate): %1 yen</source>
            <translation type="unfinished">手续费（估计）：%1日元</translation>
        </message>
        <message>
            <source>A note with these steps was printed with your forms. Nothing you entered is kept on this machine.</source>
            <translation type="unfinished">这些步骤已与表格一起打印。您输入的内容不会保留在本机。</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation type="unfinished">结束</translation>
        </message>
    </context>
    <context>
        <name>FieldRow</name>
        <message>
            <source>from your card</source>
            <translation type="unfinished">来自您的卡</translation>
        </message>
        <message>
            <source>from the photo</source>
            <translation type="unfinished">来自照片</translation>
        </message>
        <message>
            <source>entered by staff</source>
            <translation type="unfinished">工作人员输入</translation>
        </message>
        <message>
            <source>entered by you</source>
            <translation type="unfinished">本人输入</translation>
        </message>
        <message>
            <source>suggestion: is this right?</source>
            <translation type="unfinished">建议：这样对吗？</translation>
        </message>
        <message>
            <source>worked out from your card</source>
            <translation type="unfinished">根据您的卡推算</translation>
        </message>
        <message>
            <source>(missing: please enter)</source>
            <translation type="unfinished">（未填写：请输入）</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished">（无）</translation>
        </message>
        <message>
            <source>Please check</source>
            <translation type="unfinished">请确认</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation type="unfinished">正确</translation>
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished">修改</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation type="unfinished">输入</translation>
        </message>
    </context>
    <context>
        <name>FormsPage</name>
        <message>
            <source>Choose the forms you need (you can choose several)</source>
            <translation type="unfinished">请选择需要的表格（可多选）</translation>
        </message>
        <message>
            <source>There is no form for this here yet. Please ask staff at the counter.</source>
            <translation type="unfinished">这里暂时没有相关表格。请咨询窗口工作人员。</translation>
        </message>
        <message>
            <source>Tap a form to choose it.</source>
            <translation type="unfinished">点击表格进行选择。</translation>
        </message>
        <message numerus="yes">
            <source>%n form(s) chosen</source>
            <translation type="unfinished">
                <numerusform>已选择%n份表格</numerusform>
            </translation>
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished">下一步</translation>
        </message>
    </context>
    <context>
        <name>HouseholdPage</name>
        <message>
            <source>Name</source>
            <translation type="unfinished">姓名</translation>
        </message>
        <message>
            <source>Reading of the name (furigana)</source>
            <translation type="unfinished">姓名读音（假名）</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation type="unfinished">出生日期</translation>
        </message>
        <message>
            <source>Relationship to you</source>
            <translation type="unfinished">与您的关系</translation>
        </message>
        <message>
            <source>Other people on the forms</source>
            <translation type="unfinished">表格上的其他人</translation>
        </message>
        <message>
            <source>Are you the head of your household (世帯主)?</source>
            <translation type="unfinished">您是户主（世帯主）吗？</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished">是</translation>
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished">否</translation>
        </message>
        <message>
            <source>Please add the head of household with “Add a person”.</source>
            <translation type="unfinished">请用“添加人员”添加户主。</translation>
        </message>
        <message>
            <source>(name missing)</source>
            <translation type="unfinished">（无姓名）</translation>
        </message>
        <message>
            <source>head of household</source>
            <translation type="unfinished">户主</translation>
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished">修改</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished">删除</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation type="unfinished">添加人员</translation>
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished">下一步</translation>
        </message>
        <message>
            <source>About this person</source>
            <translation type="unfinished">关于此人</translation>
        </message>
        <message>
            <source>(missing: please enter)</source>
            <translation type="unfinished">（未填写：请输入）</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation type="unfinished">输入</translation>
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished">完成</translation>
        </message>
    </context>
    <context>
        <name>IdentifyPage</name>
        <message>
            <source>The card was taken out. Please insert it again.</source>
            <translation type="unfinished">卡片已被取出。请重新插入。</translation>
        </message>
        <message>
            <source>This card cannot be read here. Please use the camera or ask staff.</source>
            <translation type="unfinished">此卡无法在这里读取。请使用摄像头或咨询工作人员。</translation>
        </message>
        <message>
            <source>No card was found. Please insert it again.</source>
            <translation type="unfinished">未检测到卡片。请重新插入。</translation>
        </message>
        <message>
            <source>The card could not be read. Please try again, or ask staff.</source>
            <translation type="unfinished">无法读取卡片。请重试，或咨询工作人员。</translation>
        </message>
        <message>
            <source>Insert your My Number card or driver's licence</source>
            <translation type="unfinished">请插入个人编号卡或驾照</translation>
        </message>
        <message>
            <source>The card reader is not available. Please use the camera or ask staff.</source>
            <translation type="unfinished">读卡器无法使用。请使用摄像头或咨询工作人员。</translation>
        </message>
        <message>
            <source>No card, or you do not know the PIN?</source>
            <translation type="unfinished">没有卡，或不知道密码？</translation>
        </message>
        <message>
            <source>Show your ID to the camera</source>
            <translation type="unfinished">用摄像头读取证件</translation>
        </message>
        <message>
            <source>driver's licence, residence card, My Number card</source>
            <translation type="unfinished">驾照、在留卡、个人编号卡</translation>
        </message>
        <message>
            <source>Staff will help</source>
            <translation type="unfinished">由工作人员协助</translation>
        </message>
        <message>
            <source>a staff member types your details</source>
            <translation type="unfinished">由工作人员输入您的信息</translation>
        </message>
    </context>
    <context>
        <name>Keyboard</name>
        <message>
            <source>Keyboard</source>
            <translation type="unfinished">键盘</translation>
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished">姓名</translation>
        </message>
        <message>
            <source>Reading of your name (furigana)</source>
            <translation type="unfinished">姓名的读音（假名）</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation type="unfinished">出生日期</translation>
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished">住址</translation>
        </message>
        <message>
            <source>Postal code (optional)</source>
            <translation type="unfinished">邮政编码（可选）</translation>
        </message>
        <message>
            <source>Phone number (optional)</source>
            <translation type="unfinished">电话号码（可选）</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished">取消</translation>
        </message>
        <message>
            <source>OK</source>
            <translation type="unfinished">确定</translation>
        </message>
        <message>
            <source>Type the reading, then choose the characters here</source>
            <translation type="unfinished">输入读音后，在这里选择汉字</translation>
        </message>
        <message>
            <source>Type the year, month and day as 8 digits, for example 19850401 for 1 April 1985.</source>
            <translation type="unfinished">请用8位数字输入公历年月日，例如1985年4月1日输入19850401。</translation>
        </message>
        <message>
            <source>゛ (voiced)</source>
            <translation type="unfinished">゛（浊音）</translation>
        </message>
        <message>
            <source>゜ (p-sound)</source>
            <translation type="unfinished">゜（半浊音）</translation>
        </message>
        <message>
            <source>Small ゃ ゅ ょ っ</source>
            <translation type="unfinished">小写 ゃ ゅ ょ っ</translation>
        </message>
        <message>
            <source>Delete one</source>
            <translation type="unfinished">删除一个字</translation>
        </message>
        <message>
            <source>Space</source>
            <translation type="unfinished">空格</translation>
        </message>
        <message>
            <source>Clear all</source>
            <translation type="unfinished">全部清除</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Staff have been called. Please wait here.</source>
            <translation type="unfinished">已呼叫工作人员。请在此等候。</translation>
        </message>
        <message>
            <source>Staff-operated mode</source>
            <translation type="unfinished">工作人员操作模式</translation>
        </message>
        <message>
            <source>%1 form kiosk — no writing needed</source>
            <translation type="unfinished">%1 免填写申请终端</translation>
        </message>
        <message>
            <source>Normal text</source>
            <translation type="unfinished">正常字号</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation type="unfinished">放大文字</translation>
        </message>
        <message>
            <source>Cancel the call</source>
            <translation type="unfinished">取消呼叫</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation type="unfinished">呼叫工作人员</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation type="unfinished">职员</translation>
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished">返回</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation type="unfinished">从头开始</translation>
        </message>
        <message>
            <source>Start over?</source>
            <translation type="unfinished">要从头开始吗？</translation>
        </message>
        <message>
            <source>Everything you entered will be deleted.</source>
            <translation type="unfinished">您输入的所有内容都将被删除。</translation>
        </message>
        <message>
            <source>Yes, start over</source>
            <translation type="unfinished">是，从头开始</translation>
        </message>
        <message>
            <source>No, go back</source>
            <translation type="unfinished">否，返回</translation>
        </message>
        <message>
            <source>Are you still there?</source>
            <translation type="unfinished">您还在吗？</translation>
        </message>
        <message>
            <source>To protect your data, everything will be deleted in %1 seconds.</source>
            <translation type="unfinished">为保护您的信息，所有内容将在%1秒后删除。</translation>
        </message>
        <message>
            <source>I am still here — continue</source>
            <translation type="unfinished">我还在 — 继续</translation>
        </message>
    </context>
    <context>
        <name>NeedsPage</name>
        <message>
            <source>I am moving house</source>
            <translation type="unfinished">搬家</translation>
        </message>
        <message>
            <source>A baby was born / child care</source>
            <translation type="unfinished">生育・育儿</translation>
        </message>
        <message>
            <source>I need a certificate</source>
            <translation type="unfinished">需要证明书</translation>
        </message>
        <message>
            <source>National Health Insurance</source>
            <translation type="unfinished">国民健康保险</translation>
        </message>
        <message>
            <source>I am applying for someone else</source>
            <translation type="unfinished">代理申请</translation>
        </message>
        <message>
            <source>moving in, moving out, moving within the city</source>
            <translation type="unfinished">迁入、迁出、市内搬迁</translation>
        </message>
        <message>
            <source>birth, child allowance</source>
            <translation type="unfinished">出生、儿童补贴</translation>
        </message>
        <message>
            <source>residence record, seal, tax certificates</source>
            <translation type="unfinished">住民票、印章证明、税务证明</translation>
        </message>
        <message>
            <source>join or leave</source>
            <translation type="unfinished">加入或退出</translation>
        </message>
        <message>
            <source>with a letter of proxy</source>
            <translation type="unfinished">需要委托书</translation>
        </message>
        <message>
            <source>What do you need today?</source>
            <translation type="unfinished">今天您需要办理什么？</translation>
        </message>
        <message>
            <source>Choose by the name of the form</source>
            <translation type="unfinished">按表格名称选择</translation>
        </message>
    </context>
    <context>
        <name>PinDots</name>
        <message>
            <source>%1 of %2 digits entered</source>
            <translation type="unfinished">已输入%1位，共%2位</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <source>Delete</source>
            <translation type="unfinished">删除</translation>
        </message>
        <message>
            <source>OK</source>
            <translation type="unfinished">确定</translation>
        </message>
    </context>
    <context>
        <name>PinPage</name>
        <message>
            <source>The PIN is not correct. Please check it and try again.</source>
            <translation type="unfinished">密码不正确。请确认后重新输入。</translation>
        </message>
        <message>
            <source>This card's PIN is locked. Staff can help you at the counter.</source>
            <translation type="unfinished">此卡密码已被锁定。工作人员可在窗口协助您。</translation>
        </message>
        <message>
            <source>The card did not answer. Please take it out and insert it again.</source>
            <translation type="unfinished">卡片无响应。请取出后重新插入。</translation>
        </message>
        <message>
            <source>The card could not be read. Please try again, or ask staff.</source>
            <translation type="unfinished">无法读取卡片。请重试，或咨询工作人员。</translation>
        </message>
        <message>
            <source>Enter your licence PIN (PIN 1, 4 digits)</source>
            <translation type="unfinished">请输入驾照密码1（4位）</translation>
        </message>
        <message>
            <source>Enter your card's 4-digit PIN</source>
            <translation type="unfinished">请输入卡片的4位密码</translation>
        </message>
        <message>
            <source>The 4-digit PIN 1 you set when the licence was issued.</source>
            <translation type="unfinished">领取驾照时设定的4位密码1。</translation>
        </message>
        <message>
            <source>The 4-digit PIN for the card's basic information (not the longer signature password).</source>
            <translation type="unfinished">卡片基本信息用的4位密码（不是较长的签名用密码）。</translation>
        </message>
        <message>
            <source>Tries left before the card locks: %1</source>
            <translation type="unfinished">锁定前剩余次数：%1</translation>
        </message>
        <message>
            <source>Reading your card… please do not take it out.</source>
            <translation type="unfinished">正在读取卡片… 请勿取出。</translation>
        </message>
        <message>
            <source>I don't know the PIN — use the camera</source>
            <translation type="unfinished">不知道密码 — 使用摄像头</translation>
        </message>
        <message>
            <source>Please ask staff</source>
            <translation type="unfinished">请咨询工作人员</translation>
        </message>
        <message>
            <source>Only one PIN try is left. So that your card does not lock, this kiosk will not use it.</source>
            <translation type="unfinished">密码只剩1次机会。为防止卡片锁定，本机不会使用这次机会。</translation>
        </message>
        <message>
            <source>Please take your card out. Staff can help you at the counter, or you can show your ID to the camera.</source>
            <translation type="unfinished">请取出卡片。工作人员可在窗口协助您，也可以用摄像头读取证件。</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation type="unfinished">呼叫工作人员</translation>
        </message>
        <message>
            <source>Show your ID to the camera</source>
            <translation type="unfinished">用摄像头读取证件</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>This is what will be printed</source>
            <translation type="unfinished">以下是将要打印的内容</translation>
        </message>
        <message>
            <source>Preparing your forms…</source>
            <translation type="unfinished">正在准备表格…</translation>
        </message>
        <message>
            <source>The forms could not be prepared. Please ask staff.</source>
            <translation type="unfinished">无法生成表格。请咨询工作人员。</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation type="unfinished">第%1页，共%2页</translation>
        </message>
        <message numerus="yes">
            <source>%n box(es) stay empty for you to write or sign by hand at the counter.</source>
            <translation type="unfinished">
                <numerusform>有%n处留空，请在窗口手写或签名。</numerusform>
            </translation>
        </message>
        <message>
            <source>Staff will check the forms with you at the counter.</source>
            <translation type="unfinished">工作人员会在窗口和您一起确认表格。</translation>
        </message>
        <message>
            <source>Print</source>
            <translation type="unfinished">打印</translation>
        </message>
    </context>
    <context>
        <name>PrintingPage</name>
        <message>
            <source>The printer is out of paper. Staff have been called and will add paper. Please wait.</source>
            <translation type="unfinished">打印机缺纸。已呼叫工作人员补纸，请稍候。</translation>
        </message>
        <message>
            <source>Paper is stuck in the printer. Staff have been called. Please wait.</source>
            <translation type="unfinished">打印机卡纸。已呼叫工作人员，请稍候。</translation>
        </message>
        <message>
            <source>A printer cover is open. Staff have been called. Please wait.</source>
            <translation type="unfinished">打印机盖板打开了。已呼叫工作人员，请稍候。</translation>
        </message>
        <message>
            <source>The printer is not responding. Staff have been called. Please wait.</source>
            <translation type="unfinished">打印机无响应。已呼叫工作人员，请稍候。</translation>
        </message>
        <message>
            <source>Printing did not finish</source>
            <translation type="unfinished">打印未完成</translation>
        </message>
        <message>
            <source>Printing your forms…</source>
            <translation type="unfinished">正在打印表格…</translation>
        </message>
        <message>
            <source>Page %1 of %2 printed</source>
            <translation type="unfinished">已打印%1页，共%2页</translation>
        </message>
        <message>
            <source>Sending to the printer…</source>
            <translation type="unfinished">正在发送到打印机…</translation>
        </message>
        <message>
            <source>Nothing more will be printed. Staff have been called; you can also try again.</source>
            <translation type="unfinished">不会再打印任何内容。已呼叫工作人员；您也可以重试。</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation type="unfinished">重试</translation>
        </message>
    </context>
    <context>
        <name>PurposePage</name>
        <message>
            <source>Before we read your ID</source>
            <translation type="unfinished">读取证件之前</translation>
        </message>
        <message>
            <source>We read your name, address, date of birth and sex, only to fill in the forms you chose.</source>
            <translation type="unfinished">我们读取您的姓名、住址、出生日期和性别，仅用于填写您选择的表格。</translation>
        </message>
        <message>
            <source>We never read or print your My Number (individual number).</source>
            <translation type="unfinished">我们绝不读取或打印您的个人编号（My Number）。</translation>
        </message>
        <message>
            <source>Nothing is kept on this machine: everything is deleted when you finish or walk away.</source>
            <translation type="unfinished">本机不保留任何信息：结束或离开时全部删除。</translation>
        </message>
        <message>
            <source>Staff check your ID at the counter as usual.</source>
            <translation type="unfinished">工作人员会像往常一样在窗口核对您的证件。</translation>
        </message>
        <message>
            <source>I understand — continue</source>
            <translation type="unfinished">我明白了 — 继续</translation>
        </message>
    </context>
    <context>
        <name>QuestionsPage</name>
        <message>
            <source>Question %1 of %2</source>
            <translation type="unfinished">第%1题，共%2题</translation>
        </message>
        <message>
            <source>One less</source>
            <translation type="unfinished">减一</translation>
        </message>
        <message>
            <source>One more</source>
            <translation type="unfinished">加一</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished">是</translation>
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished">否</translation>
        </message>
        <message>
            <source>(missing: please enter)</source>
            <translation type="unfinished">（未填写：请输入）</translation>
        </message>
        <message>
            <source>(none — you may leave this empty)</source>
            <translation type="unfinished">（无 — 可以不填）</translation>
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished">修改</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation type="unfinished">输入</translation>
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished">下一步</translation>
        </message>
    </context>
    <context>
        <name>Slip</name>
        <message>
            <source>Next steps</source>
            <translation type="unfinished">后续步骤</translation>
        </message>
        <message>
            <source>Take your forms to: %1</source>
            <translation type="unfinished">请将表格交到：%1</translation>
        </message>
        <message>
            <source>Copies: %1</source>
            <translation type="unfinished">份数：%1</translation>
        </message>
        <message>
            <source>Fee (estimate): %1 yen</source>
            <translation type="unfinished">手续费（估计）：%1日元</translation>
        </message>
        <message>
            <source>Please bring: %1</source>
            <translation type="unfinished">请携带：%1</translation>
        </message>
        <message>
            <source>Nothing you entered is kept on this machine.</source>
            <translation type="unfinished">您输入的内容不会保留在本机。</translation>
        </message>
    </context>
    <context>
        <name>StaffEntryPage</name>
        <message>
            <source>A staff member will type your details</source>
            <translation type="unfinished">工作人员将为您输入信息</translation>
        </message>
        <message>
            <source>Staff have been called. Please wait here; they will come to you.</source>
            <translation type="unfinished">已呼叫工作人员。请在此等候，工作人员会过来。</translation>
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished">下一步</translation>
        </message>
    </context>
    <context>
        <name>StaffPanel</name>
        <message>
            <source>Wrong staff PIN.</source>
            <translation type="unfinished">职员密码错误。</translation>
        </message>
        <message>
            <source>Too many wrong PINs. Staff mode is locked until the kiosk restarts.</source>
            <translation type="unfinished">错误次数过多。重启前职员模式被锁定。</translation>
        </message>
        <message>
            <source>Staff mode: enter the staff PIN</source>
            <translation type="unfinished">职员模式：请输入职员密码</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation type="unfinished">正在确认…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished">关闭</translation>
        </message>
        <message>
            <source>Staff mode</source>
            <translation type="unfinished">职员模式</translation>
        </message>
        <message>
            <source>Printer: %1</source>
            <translation type="unfinished">打印机：%1</translation>
        </message>
        <message>
            <source>Card reader: %1</source>
            <translation type="unfinished">读卡器：%1</translation>
        </message>
        <message>
            <source>Self-test</source>
            <translation type="unfinished">自检</translation>
        </message>
        <message>
            <source>Staff-operated mode</source>
            <translation type="unfinished">工作人员操作模式</translation>
        </message>
        <message>
            <source>Clear the staff call</source>
            <translation type="unfinished">解除呼叫</translation>
        </message>
        <message>
            <source>Print a calibration proof:</source>
            <translation type="unfinished">打印校准样张：</translation>
        </message>
        <message>
            <source>Close staff mode</source>
            <translation type="unfinished">关闭职员模式</translation>
        </message>
        <message>
            <source>Usage (anonymous)</source>
            <translation type="unfinished">使用情况（匿名）</translation>
        </message>
        <message>
            <source>Verify a printout</source>
            <translation type="unfinished">核对打印件</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Check your answers</source>
            <translation type="unfinished">确认您的回答</translation>
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished">修改</translation>
        </message>
        <message>
            <source>See the forms</source>
            <translation type="unfinished">查看表格</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Fill in city office forms without writing</source>
            <translation type="unfinished">无需手写即可填写市政府表格</translation>
        </message>
        <message>
            <source>Use your My Number card or driver's licence, answer a few questions, and the kiosk prints your forms. It takes about two minutes.</source>
            <translation type="unfinished">使用个人编号卡或驾照，回答几个问题，终端即可打印表格。大约需要两分钟。</translation>
        </message>
        <message>
            <source>Choose your language below.</source>
            <translation type="unfinished">请在下方选择语言。</translation>
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished">开始</translation>
        </message>
        <message>
            <source>Your card goes into the reader, face up</source>
            <translation type="unfinished">卡片正面朝上插入读卡器</translation>
        </message>
    </context>
    <context>
        <name>StaffVerifyScreen</name>
        <message>
            <source>(left blank for handwriting)</source>
            <translation type="unfinished">（手写栏，留空）</translation>
        </message>
        <message>
            <source>Back to staff mode</source>
            <translation type="unfinished">返回职员模式</translation>
        </message>
        <message>
            <source>Corrected by the resident: %1</source>
            <translation type="unfinished">居民更正的项目：%1</translation>
        </message>
        <message>
            <source>Corrected by the resident: nothing</source>
            <translation type="unfinished">居民更正的项目：无</translation>
        </message>
        <message>
            <source>DEMO key: not an office key</source>
            <translation type="unfinished">演示密钥：不是政府机关的密钥</translation>
        </message>
        <message>
            <source>Hand scanner: scan the code into this box</source>
            <translation type="unfinished">手持扫描器：将代码扫描到此框中</translation>
        </message>
        <message>
            <source>Identified by: %1</source>
            <translation type="unfinished">身份确认方式：%1</translation>
        </message>
        <message>
            <source>Incomplete: this form continues on other pages. Scan them too.</source>
            <translation type="unfinished">不完整：此表格在其他页上继续。请也扫描那些页。</translation>
        </message>
        <message>
            <source>Next printout</source>
            <translation type="unfinished">下一份打印件</translation>
        </message>
        <message>
            <source>No camera: use the hand scanner.</source>
            <translation type="unfinished">没有摄像头：请使用手持扫描器。</translation>
        </message>
        <message>
            <source>Not valid: signed by an unknown key (another kiosk or a retired key)</source>
            <translation type="unfinished">无效：由未知密钥签名（其他终端或已停用的密钥）</translation>
        </message>
        <message>
            <source>Not valid: the code was changed or is not genuine (bad signature)</source>
            <translation type="unfinished">无效：代码已被更改或不是真的（签名不符）</translation>
        </message>
        <message>
            <source>Pages still to scan: part %1 of %2</source>
            <translation type="unfinished">尚未扫描的页：共%2部分中的第%1部分</translation>
        </message>
        <message>
            <source>Printed %1 at kiosk %2</source>
            <translation type="unfinished">打印：%1（终端 %2）</translation>
        </message>
        <message>
            <source>Put the printout under the camera, or scan its code with the hand scanner.</source>
            <translation type="unfinished">请将打印件放在摄像头下，或用手持扫描器扫描其代码。</translation>
        </message>
        <message>
            <source>Reading the page…</source>
            <translation type="unfinished">正在读取…</translation>
        </message>
        <message>
            <source>Take a picture of the page</source>
            <translation type="unfinished">拍摄页面并确认</translation>
        </message>
        <message>
            <source>The camera did not work (%1). Use the hand scanner.</source>
            <translation type="unfinished">摄像头无法使用（%1）。请使用手持扫描器。</translation>
        </message>
        <message>
            <source>The picture of the page appears here.</source>
            <translation type="unfinished">页面图像显示在这里。</translation>
        </message>
        <message>
            <source>Unreadable: no code could be read. Try again or use the hand scanner.</source>
            <translation type="unfinished">无法读取：未能读取代码。请重试或使用手持扫描器。</translation>
        </message>
        <message>
            <source>Valid: printed by a trusted kiosk and not changed</source>
            <translation type="unfinished">有效：由可信终端打印，未被更改</translation>
        </message>
        <message>
            <source>Verified, but this kiosk does not know this form version</source>
            <translation type="unfinished">签名有效，但此终端不认识该表格版本</translation>
        </message>
        <message>
            <source>corrected by staff</source>
            <translation type="unfinished">由职员更正</translation>
        </message>
        <message>
            <source>corrected by the resident</source>
            <translation type="unfinished">由居民更正</translation>
        </message>
        <message>
            <source>Verify a printout</source>
            <translation type="unfinished">核对打印件</translation>
        </message>
    </context>
</TS>