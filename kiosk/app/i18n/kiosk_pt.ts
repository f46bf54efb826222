<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
    <context>
        <name>Bring</name>
        <message>
            <source>An ID document (the card you used)</source>
            <translation type="unfinished">Documento de identidade (o cartão usado)</translation>
        </message>
        <message>
            <source>Letter of proxy</source>
            <translation type="unfinished">Procuração</translation>
        </message>
        <message>
            <source>Personal seal (inkan)</source>
            <translation type="unfinished">Carimbo pessoal (inkan)</translation>
        </message>
        <message>
            <source>Health insurance card</source>
            <translation type="unfinished">Cartão do seguro de saúde</translation>
        </message>
        <message>
            <source>Maternal and child health handbook</source>
            <translation type="unfinished">Caderneta de saúde materno-infantil</translation>
        </message>
        <message>
            <source>Moving-out certificate</source>
            <translation type="unfinished">Certificado de mudança</translation>
        </message>
        <message>
            <source>Bank book or bank card</source>
            <translation type="unfinished">Caderneta ou cartão do banco</translation>
        </message>
        <message>
            <source>Money for the fee</source>
            <translation type="unfinished">Dinheiro para a taxa</translation>
        </message>
    </context>
    <context>
        <name>CameraPage</name>
        <message>
            <source>Camera view</source>
            <translation type="unfinished">Imagem da câmera</translation>
        </message>
        <message>
            <source>Place your ID under the camera</source>
            <translation type="unfinished">Coloque o documento sob a câmera</translation>
        </message>
        <message>
            <source>Lay the card inside the white frame, face up.</source>
            <translation type="unfinished">Coloque o cartão virado para cima, dentro do quadro branco.</translation>
        </message>
        <message>
            <source>Hold still…</source>
            <translation type="unfinished">Não mexa…</translation>
        </message>
        <message>
            <source>Taking the photo… keep still.</source>
            <translation type="unfinished">Tirando a foto… não mexa.</translation>
        </message>
        <message>
            <source>The camera is not available. Please ask staff.</source>
            <translation type="unfinished">A câmera não está disponível. Peça ajuda aos funcionários.</translation>
        </message>
        <message>
            <source>The photo could not be read. Please try again, or ask staff.</source>
            <translation type="unfinished">Não foi possível ler a foto. Tente de novo ou peça ajuda aos funcionários.</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation type="unfinished">Tentar de novo</translation>
        </message>
        <message>
            <source>The photo is used only to read your details and is deleted at once.</source>
            <translation type="unfinished">A foto serve só para ler os seus dados e é apagada logo em seguida.</translation>
        </message>
        <message>
            <source>Staff will help</source>
            <translation type="unfinished">Um funcionário ajuda</translation>
        </message>
    </context>
    <context>
        <name>CardSlotPicture</name>
        <message>
            <source>Picture: the card goes into the reader below the screen, face up, chip first</source>
            <translation type="unfinished">Imagem: o cartão entra no leitor abaixo da tela, virado para cima, com o chip primeiro</translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <source>Check your details</source>
            <translation type="unfinished">Confira os seus dados</translation>
        </message>
        <message>
            <source>Please take your card out of the reader now. It is not needed any more.</source>
            <translation type="unfinished">Retire agora o cartão do leitor. Ele não é mais necessário.</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) to check or enter</source>
            <translation type="unfinished">
                <numerusform>%n item para conferir ou digitar</numerusform>
                <numerusform>%n itens para conferir ou digitar</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything is checked.</source>
            <translation type="unfinished">Tudo conferido.</translation>
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished">Avançar</translation>
        </message>
    </context>
    <context>
        <name>DetailsList</name>
        <message>
            <source>Name</source>
            <translation type="unfinished">Nome</translation>
        </message>
        <message>
            <source>Reading of your name (furigana)</source>
            <translation type="unfinished">Leitura do nome (furigana)</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation type="unfinished">Data de nascimento</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation type="unfinished">Sexo</translation>
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished">Endereço</translation>
        </message>
        <message>
            <source>Postal code (optional)</source>
            <translation type="unfinished">Código postal (opcional)</translation>
        </message>
        <message>
            <source>Phone number (optional)</source>
            <translation type="unfinished">Telefone (opcional)</translation>
        </message>
        <message>
            <source>Male</source>
            <translation type="unfinished">Masculino</translation>
        </message>
        <message>
            <source>Female</source>
            <translation type="unfinished">Feminino</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation type="unfinished">Não informar</translation>
        </message>
        <message>
            <source>as registered at the city office</source>
            <translation type="unfinished">como registrado na prefeitura</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <source>Finished. Please take your forms to:</source>
            <translation type="unfinished">Pronto. Leve os formulários ao:</translation>
        </message>
        <message>
            <source>Your card is still in the reader. Please take it with you.</source>
            <translation type="unfinished">O seu cartão ainda está no leitor. Leve-o com você.</translation>
        </message>
        <message>
            <source>bring: %1</source>
            <translation type="unfinished">levar: %1</translation>
        </message>
        <message>
            <source>Fee (estimate): %1 yen</source>
            <translation type="unfinished">Taxa (estimativa): %1 ienes</translation>
        </message>
        <message>
            <source>A note with these steps was printed with your forms. Nothing you entered is kept on this machine.</source>
            <translation type="unfinished">Estas instruções foram impressas com os formulários. Nada do que você digitou fica guardado nesta máquina.</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation type="unfinished">Concluir</translation>
        </message>
    </context>
    <context>
        <name>FieldRow</name>
        <message>
            <source>from your card</source>
            <translation type="unfinished">do seu cartão</translation>
        </message>
        <message>
            <source>from the photo</source>
            <translation type="unfinished">da foto</translation>
        </message>
        <message>
            <source>entered by staff</source>
            <translation type="unfinished">digitado por um funcionário</translation>
        </message>
        <message>
            <source>entered by you</source>
            <translation type="unfinished">digitado por você</translation>
        </message>
        <message>
            <source>suggestion: is this right?</source>
            <translation type="unfinished">sugestão: está certo?</translation>
        </message>
        <message>
            <source>worked out from your card</source>
            <translation type="unfinished">obtido a partir do cartão</translation>
        </message>
        <message>
            <source>(missing: please enter)</source>
            <translation type="unfinished">(em falta: digite, por favor)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished">(nenhum)</translation>
        </message>
        <message>
            <source>Please check</source>
            <translation type="unfinished">Confira</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation type="unfinished">Correto</translation>
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished">Alterar</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation type="unfinished">Digitar</translation>
        </message>
    </context>
    <context>
        <name>FormsPage</name>
        <message>
            <source>Choose the forms you need (you can choose several)</source>
            <translation type="unfinished">Escolha os formulários de que precisa (pode escolher vários)</translation>
        </message>
        <message>
            <source>There is no form for this here yet. Please ask staff at the counter.</source>
            <translation type="unfinished">Ainda não há formulário para isso aqui. Pergunte no balcão.</translation>
        </message>
        <message>
            <source>Tap a form to choose it.</source>
            <translation type="unfinished">Toque num formulário para escolhê-lo.</translation>
        </message>
        <message numerus="yes">
            <source>%n form(s) chosen</source>
            <translation type="unfinished">
                <numerusform>%n formulário escolhido</numerusform>
                <numerusform>%n formulários escolhidos</numerusform>
            </translation>
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished">Avançar</translation>
        </message>
    </context>
    <context>
        <name>HouseholdPage</name>
        <message>
            <source>Name</source>
            <translation type="unfinished">Nome</translation>
        </message>
        <message>
            <source>Reading of the name (furigana)</source>
            <translation type="unfinished">Leitura do nome (furigana)</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation type="unfinished">Data de nascimento</translation>
        </message>
        <message>
            <source>Relationship to you</source>
            <translation type="unfinished">Relação com você</translation>
        </message>
        <message>
            <source>Other people on the forms</source>
            <translation type="unfinished">Outras pessoas nos formulários</translation>
        </message>
        <message>
            <source>Are you the head of your household (世帯主)?</source>
            <translation type="unfinished">Você é o chefe do domicílio (世帯主)?</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished">Sim</translation>
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished">Não</translation>
        </message>
        <message>
            <source>Please add the head of household with “Add a person”.</source>
            <translation type="unfinished">Adicione o chefe do domicílio com “Adicionar pessoa”.</translation>
        </message>
        <message>
            <source>(name missing)</source>
            <translation type="unfinished">(sem nome)</translation>
        </message>
        <message>
            <source>head of household</source>
            <translation type="unfinished">chefe do domicílio</translation>
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished">Alterar</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished">Remover</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation type="unfinished">Adicionar pessoa</translation>
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished">Avançar</translation>
        </message>
        <message>
            <source>About this person</source>
            <translation type="unfinished">Sobre esta pessoa</translation>
        </message>
        <message>
            <source>(missing: please enter)</source>
            <translation type="unfinished">(em falta: digite, por favor)</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation type="unfinished">Digitar</translation>
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished">Pronto</translation>
        </message>
    </context>
    <context>
        <name>IdentifyPage</name>
        <message>
            <source>The card was taken out. Please insert it again.</source>
            <translation type="unfinished">O cartão foi retirado. Insira-o de novo.</translation>
        </message>
        <message>
            <source>This card cannot be read here. Please use the camera or ask staff.</source>
            <translation type="unfinished">Este cartão não pode ser lido aqui. Use a câmera ou peça ajuda aos funcionários.</translation>
        </message>
        <message>
            <source>No card was found. Please insert it again.</source>
            <translation type="unfinished">Nenhum cartão encontrado. Insira-o de novo.</translation>
        </message>
        <message>
            <source>The card could not be read. Please try again, or ask staff.</source>
            <translation type="unfinished">Não foi possível ler o cartão. Tente de novo ou peça ajuda aos funcionários.</translation>
        </message>
        <message>
            <source>Insert your My Number card or driver's licence</source>
            <translation type="unfinished">Insira o cartão My Number ou a carteira de motorista</translation>
        </message>
        <message>
            <source>The card reader is not available. Please use the camera or ask staff.</source>
            <translation type="unfinished">O leitor de cartões não está disponível. Use a câmera ou peça ajuda aos funcionários.</translation>
        </message>
        <message>
            <source>No card, or you do not know the PIN?</source>
            <translation type="unfinished">Sem cartão ou não sabe o PIN?</translation>
        </message>
        <message>
            <source>Show your ID to the camera</source>
            <translation type="unfinished">Mostrar o documento à câmera</translation>
        </message>
        <message>
            <source>driver's licence, residence card, My Number card</source>
            <translation type="unfinished">carteira de motorista, cartão de residente, cartão My Number</translation>
        </message>
        <message>
            <source>Staff will help</source>
            <translation type="unfinished">Um funcionário ajuda</translation>
        </message>
        <message>
            <source>a staff member types your details</source>
            <translation type="unfinished">um funcionário digita os seus dados</translation>
        </message>
    </context>
    <context>
        <name>Keyboard</name>
        <message>
            <source>Keyboard</source>
            <translation type="unfinished">Teclado</translation>
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished">Nome</translation>
        </message>
        <message>
            <source>Reading of your name (furigana)</source>
            <translation type="unfinished">Leitura do nome (furigana)</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation type="unfinished">Data de nascimento</translation>
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished">Endereço</translation>
        </message>
        <message>
            <source>Postal code (optional)</source>
            <translation type="unfinished">Código postal (opcional)</translation>
        </message>
        <message>
            <source>Phone number (optional)</source>
            <translation type="unfinished">Telefone (opcional)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished">Cancelar</translation>
        </message>
        <message>
            <source>OK</source>
            <translation type="unfinished">OK</translation>
        </message>
        <message>
            <source>Type the reading, then choose the characters here</source>
            <translation type="unfinished">Digite a leitura e escolha os caracteres aqui</translation>
        </message>
        <message>
            <source>Type the year, month and day as 8 digits, for example 19850401 for 1 April 1985.</source>
            <translation type="unfinished">Digite ano, mês e dia com 8 dígitos, por exemplo 19850401 para 1 de abril de 1985.</translation>
        </message>
        <message>
            <source>゛ (voiced)</source>
            <translation type="unfinished">゛ (dakuten)</translation>
        </message>
        <message>
            <source>゜ (p-sound)</source>
            <translation type="unfinished">゜ (handakuten)</translation>
        </message>
        <message>
            <source>Small ゃ ゅ ょ っ</source>
            <translation type="unfinished">Pequeno ゃ ゅ ょ っ</translation>
        </message>
        <message>
            <source>Delete one</source>
            <translation type="unfinished">Apagar um</translation>
        </message>
        <message>
            <source>Space</source>
            <translation type="unfinished">Espaço</translation>
        </message>
        <message>
            <source>Clear all</source>
            <translation type="unfinished">Apagar tudo</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Staff have been called. Please wait here.</source>
            <translation type="unfinished">Os funcionários foram chamados. Aguarde aqui.</translation>
        </message>
        <message>
            <source>Staff-operated mode</source>
            <translation type="unfinished">Modo operado por funcionário</translation>
        </message>
        <message>
            <source>%1 form kiosk — no writing needed</source>
            <translation type="unfinished">%1 — formulários sem escrever</translation>
        </message>
        <message>
            <source>Normal text</source>
            <translation type="unfinished">Texto normal</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation type="unfinished">Texto maior</translation>
        </message>
        <message>
            <source>Cancel the call</source>
            <translation type="unfinished">Cancelar chamada</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation type="unfinished">Chamar funcionário</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation type="unfinished">Funcionários</translation>
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished">Voltar</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation type="unfinished">Recomeçar</translation>
        </message>
        <message>
            <source>Start over?</source>
            <translation type="unfinished">Recomeçar?</translation>
        </message>
        <message>
            <source>Everything you entered will be deleted.</source>
            <translation type="unfinished">Tudo o que você digitou será apagado.</translation>
        </message>
        <message>
            <source>Yes, start over</source>
            <translation type="unfinished">Sim, recomeçar</translation>
        </message>
        <message>
            <source>No, go back</source>
            <translation type="unfinished">Não, voltar</translation>
        </message>
        <message>
            <source>Are you still there?</source>
            <translation type="unfinished">Você ainda está aí?</translation>
        </message>
        <message>
            <source>To protect your data, everything will be deleted in %1 seconds.</source>
            <translation type="unfinished">Para proteger os seus dados, tudo será apagado em %1 segundos.</translation>
        </message>
        <message>
            <source>I am still here — continue</source>
            <translation type="unfinished">Ainda estou aqui — continuar</translation>
        </message>
    </context>
    <context>
        <name>NeedsPage</name>
        <message>
            <source>I am moving house</source>
            <translation type="unfinished">Vou me mudar</translation>
        </message>
        <message>
            <source>A baby was born / child care</source>
            <translation type="unfinished">Nascimento / criação dos filhos</translation>
        </message>
        <message>
            <source>I need a certificate</source>
            <translation type="unfinished">Preciso de um certificado</translation>
        </message>
        <message>
            <source>National Health Insurance</source>
            <translation type="unfinished">Seguro Nacional de Saúde</translation>
        </message>
        <message>
            <source>I am applying for someone else</source>
            <translation type="unfinished">Pedido em nome de outra pessoa</translation>
        </message>
        <message>
            <source>moving in, moving out, moving within the city</source>
            <translation type="unfinished">chegada, saída, mudança dentro da cidade</translation>
        </message>
        <message>
            <source>birth, child allowance</source>
            <translation type="unfinished">nascimento, abono para crianças</translation>
        </message>
        <message>
            <source>residence record, seal, tax certificates</source>
            <translation type="unfinished">registro de residência, carimbo, certidões de impostos</translation>
        </message>
        <message>
            <source>join or leave</source>
            <translation type="unfinished">adesão ou saída</translation>
        </message>
        <message>
            <source>with a letter of proxy</source>
            <translation type="unfinished">com procuração</translation>
        </message>
        <message>
            <source>What do you need today?</source>
            <translation type="unfinished">Do que você precisa hoje?</translation>
        </message>
        <message>
            <source>Choose by the name of the form</source>
            <translation type="unfinished">Escolher pelo nome do formulário</translation>
        </message>
    </context>
    <context>
        <name>PinDots</name>
        <message>
            <source>%1 of %2 digits entered</source>
            <translation type="unfinished">%1 de %2 dígitos digitados</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <source>Delete</source>
            <translation type="unfinished">Apagar</translation>
        </message>
        <message>
            <source>OK</source>
            <translation type="unfinished">OK</translation>
        </message>
    </context>
    <context>
        <name>PinPage</name>
        <message>
            <source>The PIN is not correct. Please check it and try again.</source>
            <translation type="unfinished">O PIN está incorreto. Confira e tente de novo.</translation>
        </message>
        <message>
            <source>This card's PIN is locked. Staff can help you at the counter.</source>
            <translation type="unfinished">O PIN deste cartão está bloqueado. Os funcionários ajudam no balcão.</translation>
        </message>
        <message>
            <source>The card did not answer. Please take it out and insert it again.</source>
            <translation type="unfinished">O cartão não respondeu. Retire-o e insira de novo.</translation>
        </message>
        <message>
            <source>The card could not be read. Please try again, or ask staff.</source>
            <translation type="unfinished">Não foi possível ler o cartão. Tente de novo ou peça ajuda aos funcionários.</translation>
        </message>
        <message>
            <source>Enter your licence PIN (PIN 1, 4 digits)</source>
            <translation type="unfinished">Digite o PIN 1 da carteira (4 dígitos)</translation>
        </message>
        <message>
            <source>Enter your card's 4-digit PIN</source>
            <translation type="unfinished">Digite o PIN de 4 dígitos do cartão</translation>
        </message>
        <message>
            <source>The 4-digit PIN 1 you set when the licence was issued.</source>
            <translation type="unfinished">O PIN 1 de 4 dígitos definido na emissão da carteira.</translation>
        </message>
        <message>
            <source>The 4-digit PIN for the card's basic information (not the longer signature password).</source>
            <translation type="unfinished">O PIN de 4 dígitos dos dados básicos do cartão (não a senha longa de assinatura).</translation>
        </message>
        <message>
            <source>Tries left before the card locks: %1</source>
            <translation type="unfinished">Tentativas antes do bloqueio: %1</translation>
        </message>
        <message>
            <source>Reading your card… please do not take it out.</source>
            <translation type="unfinished">Lendo o cartão… não o retire.</translation>
        </message>
        <message>
            <source>I don't know the PIN — use the camera</source>
            <translation type="unfinished">Não sei o PIN — usar a câmera</translation>
        </message>
        <message>
            <source>Please ask staff</source>
            <translation type="unfinished">Peça ajuda aos funcionários</translation>
        </message>
        <message>
            <source>Only one PIN try is left. So that your card does not lock, this kiosk will not use it.</source>
            <translation type="unfinished">Resta só uma tentativa de PIN. Para o cartão não bloquear, este quiosque não a usará.</translation>
        </message>
        <message>
            <source>Please take your card out. Staff can help you at the counter, or you can show your ID to the camera.</source>
            <translation type="unfinished">Retire o cartão. Os funcionários ajudam no balcão, ou mostre o documento à câmera.</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation type="unfinished">Chamar funcionário</translation>
        </message>
        <message>
            <source>Show your ID to the camera</source>
            <translation type="unfinished">Mostrar o documento à câmera</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>This is what will be printed</source>
            <translation type="unfinished">Isto é o que será impresso</translation>
        </message>
        <message>
            <source>Preparing your forms…</source>
            <translation type="unfinished">Preparando os formulários…</translation>
        </message>
        <message>
            <source>The forms could not be prepared. Please ask staff.</source>
            <translation type="unfinished">Não foi possível preparar os formulários. Peça ajuda aos funcionários.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation type="unfinished">Página %1 de %2</translation>
        </message>
        <message numerus="yes">
            <source>%n box(es) stay empty for you to write or sign by hand at the counter.</source>
            <translation type="unfinished">
                <numerusform>%n campo fica em branco para escrever ou assinar à mão no balcão.</numerusform>
                <numerusform>%n campos ficam em branco para escrever ou assinar à mão no balcão.</numerusform>
            </translation>
        </message>
        <message>
            <source>Staff will check the forms with you at the counter.</source>
            <translation type="unfinished">Os funcionários conferem os formulários com você no balcão.</translation>
        </message>
        <message>
            <source>Print</source>
            <translation type="unfinished">Imprimir</translation>
        </message>
    </context>
    <context>
        <name>PrintingPage</name>
        <message>
            <source>The printer is out of paper. Staff have been called and will add paper. Please wait.</source>
            <translation type="unfinished">A impressora está sem papel. Os funcionários foram chamados. Aguarde.</translation>
        </message>
        <message>
            <source>Paper is stuck in the printer. Staff have been called. Please wait.</source>
            <translation type="unfinished">Papel preso na impressora. Os funcionários foram chamados. Aguarde.</translation>
        </message>
        <message>
            <source>A printer cover is open. Staff have been called. Please wait.</source>
            <translation type="unfinished">Uma tampa da impressora está aberta. Os funcionários foram chamados. Aguarde.</translation>
        </message>
        <message>
            <source>The printer is not responding. Staff have been called. Please wait.</source>
            <translation type="unfinished">A impressora não responde. Os funcionários foram chamados. Aguarde.</translation>
        </message>
        <message>
            <source>Printing did not finish</source>
            <translation type="unfinished">A impressão não terminou</translation>
        </message>
        <message>
            <source>Printing your forms…</source>
            <translation type="unfinished">Imprimindo os formulários…</translation>
        </message>
        <message>
            <source>Page %1 of %2 printed</source>
            <translation type="unfinished">%1 de %2 páginas impressas</translation>
        </message>
        <message>
            <source>Sending to the printer…</source>
            <translation type="unfinished">Enviando para a impressora…</translation>
        </message>
        <message>
            <source>Nothing more will be printed. Staff have been called; you can also try again.</source>
            <translation type="unfinished">Nada mais será impresso. Os funcionários foram chamados; você também pode tentar de novo.</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation type="unfinished">Tentar de novo</translation>
        </message>
    </context>
    <context>
        <name>PurposePage</name>
        <message>
            <source>Before we read your ID</source>
            <translation type="unfinished">Antes de ler o seu documento</translation>
        </message>
        <message>
            <source>We read your name, address, date of birth and sex, only to fill in the forms you chose.</source>
            <translation type="unfinished">Lemos nome, endereço, data de nascimento e sexo, só para preencher os formulários escolhidos.</translation>
        </message>
        <message>
            <source>We never read or print your My Number (individual number).</source>
            <translation type="unfinished">Nunca lemos nem imprimimos o seu My Number (número individual).</translation>
        </message>
        <message>
            <source>Nothing is kept on this machine: everything is deleted when you finish or walk away.</source>
            <translation type="unfinished">Nada fica guardado nesta máquina: tudo é apagado quando você termina ou sai.</translation>
        </message>
        <message>
            <source>Staff check your ID at the counter as usual.</source>
            <translation type="unfinished">Os funcionários conferem o seu documento no balcão, como sempre.</translation>
        </message>
        <message>
            <source>I understand — continue</source>
            <translation type="unfinished">Entendi — continuar</translation>
        </message>
    </context>
    <context>
        <name>QuestionsPage</name>
        <message>
            <source>Question %1 of %2</source>
            <translation type="unfinished">Pergunta %1 de %2</translation>
        </message>
        <message>
            <source>One less</source>
            <translation type="unfinished">Um a menos</translation>
        </message>
        <message>
            <source>One more</source>
            <translation type="unfinished">Um a mais</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished">Sim</translation>
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished">Não</translation>
        </message>
        <message>
            <source>(missing: please enter)</source>
            <translation type="unfinished">(em falta: digite, por favor)</translation>
        </message>
        <message>
            <source>(none — you may leave this empty)</source>
            <translation type="unfinished">(nenhum — pode deixar em branco)</translation>
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished">Alterar</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation type="unfinished">Digitar</translation>
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished">Avançar</translation>
        </message>
    </context>
    <context>
        <name>Slip</name>
        <message>
            <source>Next steps</source>
            <translation type="unfinished">Próximos passos</translation>
        </message>
        <message>
            <source>Take your forms to: %1</source>
            <translation type="unfinished">Leve os formulários ao: %1</translation>
        </message>
        <message>
            <source>Copies: %1</source>
            <translation type="unfinished">Cópias: %1</translation>
        </message>
        <message>
            <source>Fee (estimate): %1 yen</source>
            <translation type="unfinished">Taxa (estimativa): %1 ienes</translation>
        </message>
        <message>
            <source>Please bring: %1</source>
            <translation type="unfinished">Traga: %1</translation>
        </message>
        <message>
            <source>Nothing you entered is kept on this machine.</source>
            <translation type="unfinished">Nada do que você digitou fica guardado nesta máquina.</translation>
        </message>
    </context>
    <context>
        <name>StaffEntryPage</name>
        <message>
            <source>A staff member will type your details</source>
            <translation type="unfinished">Um funcionário vai digitar os seus dados</translation>
        </message>
        <message>
            <source>Staff have been called. Please wait here; they will come to you.</source>
            <translation type="unfinished">Os funcionários foram chamados. Aguarde aqui; eles virão até você.</translation>
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished">Avançar</translation>
        </message>
    </context>
    <context>
        <name>StaffPanel</name>
        <message>
            <source>Wrong staff PIN.</source>
            <translation type="unfinished">PIN de funcionário incorreto.</translation>
        </message>
        <message>
            <source>Too many wrong PINs. Staff mode is locked until the kiosk restarts.</source>
            <translation type="unfinished">PINs errados demais. O modo de funcionário fica bloqueado até reiniciar.</translation>
        </message>
        <message>
            <source>Staff mode: enter the staff PIN</source>
            <translation type="unfinished">Modo de funcionário: digite o PIN</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation type="unfinished">Verificando…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished">Fechar</translation>
        </message>
        <message>
            <source>Staff mode</source>
            <translation type="unfinished">Modo de funcionário</translation>
        </message>
        <message>
            <source>Printer: %1</source>
            <translation type="unfinished">Impressora: %1</translation>
        </message>
        <message>
            <source>Card reader: %1</source>
            <translation type="unfinished">Leitor de cartões: %1</translation>
        </message>
        <message>
            <source>Self-test</source>
            <translation type="unfinished">Autoteste</translation>
        </message>
        <message>
            <source>Staff-operated mode</source>
            <translation type="unfinished">Modo operado por funcionário</translation>
        </message>
        <message>
            <source>Clear the staff call</source>
            <translation type="unfinished">Encerrar a chamada</translation>
        </message>
        <message>
            <source>Print a calibration proof:</source>
            <translation type="unfinished">Imprimir prova de calibração:</translation>
        </message>
        <message>
            <source>Close staff mode</source>
            <translation type="unfinished">Fechar modo de funcionário</translation>
        </message>
        <message>
            <source>Usage (anonymous)</source>
            <translation type="unfinished">Uso (anônimo)</translation>
        </message>
        <message>
            <source>Verify a printout</source>
            <translation type="unfinished">Verificar uma impressão</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Check your answers</source>
            <translation type="unfinished">Confira as suas respostas</translation>
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished">Alterar</translation>
        </message>
        <message>
            <source>See the forms</source>
            <translation type="unfinished">Ver os formulários</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Fill in city office forms without writing</source>
            <translation type="unfinished">Preencha formulários da prefeitura sem escrever</translation>
        </message>
        <message>
            <source>Use your My Number card or driver's licence, answer a few questions, and the kiosk prints your forms. It takes about two minutes.</source>
            <translation type="unfinished">Use o cartão My Number ou a carteira de motorista, responda a algumas perguntas e o quiosque imprime os formulários. Leva cerca de dois minutos.</translation>
        </message>
        <message>
            <source>Choose your language below.</source>
            <translation type="unfinished">Escolha o idioma abaixo.</translation>
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished">Começar</translation>
        </message>
        <message>
            <source>Your card goes into the reader, face up</source>
            <translation type="unfinished">O cartão entra no leitor, virado para cima</translation>
        </message>
    </context>
    <context>
        <name>StaffVerifyScreen</name>
        <message>
            <source>(left blank for handwriting)</source>
            <translation type="unfinished">(em branco para escrever à mão)</translation>
        </message>
        <message>
            <source>Back to staff mode</source>
            <translation type="unfinished">Voltar ao modo de funcionário</translation>
        </message>
        <message>
            <source>Corrected by the resident: %1</source>
            <translation type="unfinished">Corrigido pelo residente: %1</translation>
        </message>
        <message>
            <source>Corrected by the resident: nothing</source>
            <translation type="unfinished">Corrigido pelo residente: nada</translation>
        </message>
        <message>
            <source>DEMO key: not an office key</source>
            <translation type="unfinished">Chave DEMO: não é uma chave da prefeitura</translation>
        </message>
        <message>
            <source>Hand scanner: scan the code into this box</source>
            <translation type="unfinished">Leitor manual: leia o código nesta caixa</translation>
        </message>
        <message>
            <source>Identified by: %1</source>
            <translation type="unfinished">Identificado por: %1</translation>
        </message>
        <message>
            <source>Incomplete: this form continues on other pages. Scan them too.</source>
            <translation type="unfinished">Incompleto: este formulário continua em outras páginas. Leia-as também.</translation>
        </message>
        <message>
            <source>Next printout</source>
            <translation type="unfinished">Próxima impressão</translation>
        </message>
        <message>
            <source>No camera: use the hand scanner.</source>
            <translation type="unfinished">Sem câmera: use o leitor manual.</translation>
        </message>
        <message>
            <source>Not valid: signed by an unknown key (another kiosk or a retired key)</source>
            <translation type="unfinished">Inválido: assinado por uma chave desconhecida (outro terminal ou chave retirada)</translation>
        </message>
        <message>
            <source>Not valid: the code was changed or is not genuine (bad signature)</source>
            <translation type="unfinished">Inválido: o código foi alterado ou não é autêntico (assinatura inválida)</translation>
        </message>
        <message>
            <source>Pages still to scan: part %1 of %2</source>
            <translation type="unfinished">Páginas ainda a ler: parte %1 de %2</translation>
        </message>
        <message>
            <source>Printed %1 at kiosk %2</source>
            <translation type="unfinished">Impresso em %1 no terminal %2</translation>
        </message>
        <message>
            <source>Put the printout under the camera, or scan its code with the hand scanner.</source>
            <translation type="unfinished">Coloque a impressão sob a câmera ou leia o código com o leitor manual.</translation>
        </message>
        <message>
            <source>Reading the page…</source>
            <translation type="unfinished">Lendo a página…</translation>
        </message>
        <message>
            <source>Take a picture of the page</source>
            <translation type="unfinished">Fotografar a página</translation>
        </message>
        <message>
            <source>The camera did not work (%1). Use the hand scanner.</source>
            <translation type="unfinished">A câmera não funcionou (%1). Use o leitor manual.</translation>
        </message>
        <message>
            <source>The picture of the page appears here.</source>
            <translation type="unfinished">A imagem da página aparece aqui.</translation>
        </message>
        <message>
            <source>Unreadable: no code could be read. Try again or use the hand scanner.</source>
            <translation type="unfinished">Ilegível: nenhum código pôde ser lido. Tente de novo ou use o leitor manual.</translation>
        </message>
        <message>
            <source>Valid: printed by a trusted kiosk and not changed</source>
            <translation type="unfinished">Válido: impresso por um terminal confiável e não alterado</translation>
        </message>
        <message>
            <source>Verified, but this kiosk does not know this form version</source>
            <translation type="unfinished">Verificado, mas este terminal não conhece esta versão do formulário</translation>
        </message>
        <message>
            <source>corrected by staff</source>
            <translation type="unfinished">corrigido pela equipe</translation>
        </message>
        <message>
            <source>corrected by the resident</source>
            <translation type="unfinished">corrigido pelo residente</translation>
        </message>
        <message>
            <source>Verify a printout</source>
            <translation type="unfinished">Verificar uma impressão</translation>
        </message>
    </context>
</TS>