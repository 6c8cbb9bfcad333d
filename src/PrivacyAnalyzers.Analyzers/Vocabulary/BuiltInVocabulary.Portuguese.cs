namespace PrivacyAnalyzers.Vocabulary;

internal static partial class BuiltInVocabulary
{
    // Portuguese, Brazilian and European, with accents and ç (folding makes "endereço" and "endereco", "mãe" and "mae"
    // equal); "de", "do", "da", "dos", "das" are stop words, so "DataDeNascimento", "dataNascimento" and "NomeDaMae" match.
    // Words Spanish spells the same way (cliente, usuario, paciente, médico, sexo, género, foto, celular, salario, motivo,
    // diagnóstico, alergia, documento, estado civil) are listed once, in the Spanish file; "código postal" (also a
    // number) once, here.
    // False friends left out on purpose: "estado" alone (a status more often than a state of the address: only "UF" is the
    // state), "número" alone (only with an address word: NumeroCasa, on an address type, or beside a person's address
    // parts), "conta" and "agência" alone on a neutral type (also a bill, a user account, a travel agency: weak, one per
    // person), "assinatura" (a signature, but also a subscription), "CID" (also far too short), "pai" and
    // "mãe" as person words (a tree's parent: CategoriaPai, MenuPai; only "nome da mãe", "nome do pai" are names),
    // "associado" (also "associated": ProdutoAssociado).
    private static void AddPortuguese(VocabularyBuilder b)
    {
        b.Terms("Identity.Name", Weak, Text, "nome", "apelido");
        // The name a person goes by and what they write of themselves on a profile (ConhecidoComo, SobreMim: thirty-third round).
        b.Terms("Identity.Name", Weak, Text, "conhecido como");
        b.Terms("Content.Publication", Weak, Text, "sobre mim");
        b.Terms("Identity.Name", Strong, Text, "sobrenome", "nome completo", "nome social", "primeiro nome", "último nome",
            "nome de família", "nome da mãe", "nome do pai", "nome mae", "nome pai", "filiação", "nome do titular",
            "titular do cartão", "nome de guerra");
        // A middle name; the patronymic (see the English words) is listed with the Spanish words, spelt the same.
        b.Terms("Identity.Name", Strong, Text, "nome do meio", "segundo nome");
        // A contact person is a natural person on any record, a company's too (see the English words).
        b.Terms("Identity.Name", Always, Text, "pessoa de contato", "pessoa contato", "pessoa de contacto", "pessoa contacto");
        b.Terms("Identity.NationalId", Always, Number, "cpf", "título de eleitor", "titulo eleitor", "niss",
            "número de segurança social", "numero seguranca social", "número de utente", "numero utente");
        // PIS is also a tax on every Brazilian invoice line (AliquotaPis, ValorPis): these numbers count on a person only.
        b.Terms("Identity.NationalId", Weak, Number, "pis", "pasep", "pis pasep", "nis", "cns");
        b.Terms("Identity.NationalId", Strong, Number, "cartão sus", "cartao sus");
        // A foreigner's national registration in Brazil (RNE, now RNM, on the CRNM card), Portugal's tax number written out
        // (thirteenth round).
        b.Terms("Identity.NationalId", Strong, Number, "rne", "rnm", "crnm", "registro nacional de estrangeiro",
            "registro nacional migratório");
        b.Terms("Financial.TaxId", Weak, Number, "número de identificação fiscal", "numero identificacao fiscal");
        // A person's finances as a lender or an insurer reads them (sixteenth round): income and expenses, a mortgage's or a rent's
        // payment. Weak: on a person's record, or with a person word in the name (RendaMutuario); a firm's or a flat's are not.
        b.Terms("Financial", Weak, Number, "renda mensal", "renda familiar", "rendimento", "rendimentos", "rendimento mensal",
            "despesas", "despesas mensais", "pagamento hipoteca", "prestação habitação", "valor aluguel", "pagamento aluguel");
        // A person's own money (nineteenth round): a balance, a wallet, earnings, debts, savings. Weak: a customer's, an account
        // holder's or a driver's on a person's record or on a row that belongs to one (a customer's Account, a borrower's loan
        // application: TypeOwners); a company's balance, a shop's takings and a report's totals are no one's.
        b.Terms("Financial", Weak, Number, "saldo", "dívida", "divida", "dívidas", "dividas", "poupança", "ganhos",
            "score de crédito", "pontuação de crédito");
        // A period's opening or closing balance is the books' (a till's, a ledger's: CaixaDTO.SaldoFinal), not anyone's money.
        b.Words(WordRole.NotPersonal, "saldo inicial", "saldo final", "saldo de abertura", "saldo de fechamento");
        // "Finalidade" (a purpose) is one word, not "final" and "idade" (an age): known, so the compound reading keeps it whole.
        b.Words(WordRole.NotPersonal, "finalidade");

        // Brazil's national driver registry number (RENACH), printed on a driving licence; "identificação" alone on a member is
        // a person's id number; a licence number on a person is a driving licence's; a registration key lets one person sign up.
        b.Terms("Identity.Document", Always, Number, "renach");
        // A foreign national's papers (see the English words): residence permit and visa strong, work permit weak.
        b.Terms("Identity.Document", Strong, Number, "autorização de residência", "título de residência", "número do visto",
            "numero visto");
        b.Terms("Identity.Document", Weak, Number, "autorização de trabalho", "permissão de trabalho");
        b.Terms("Identity.NationalId", Strong, Number, "identificação", "identificacao");
        b.TermsOnePerPerson("Identity.Document", Weak, Number, "número da licença", "numero licenca");
        // Thirtieth round: the licence by its id (see the English words), one per person.
        b.TermsOnePerPerson("Identity.Document", Weak, Number, "id licença", "licença id");
        b.Terms("Credentials.Secret", Strong, Binary, "chave de registro", "chave de registo",
            // A reset key or token lets its holder set a person's password.
            "chave de redefinição", "chave redefinicao", "token de redefinição", "token redefinicao",
            // The Token of a request to reset a password, read member first with its type's name (RedefinirSenhaRequest.Token).
            "token redefinir senha", "token recuperar senha", "código redefinir senha", "código recuperar senha");
        b.Terms("Identity.Document", Always, Number, "cnh", "carteira de motorista", "carteira de habilitação",
            "carteira nacional de habilitação", "cartão de cidadão", "cartao cidadao", "bilhete de identidade",
            "carteira de identidade", "documento de identidade", "passaporte", "número do passaporte", "carteira de trabalho",
            "ctps",
            // Portugal's driving licence (Funcionario.CartaConducao; fifteenth round).
            "carta de condução");

        // RG (registro geral) is the Brazilian identity card number; Strong, not Always: "rg" is short.
        b.Terms("Identity.Document", Strong, Number, "rg", "número do rg", "numero rg");
        b.TermsOnePerPerson("Identity.Document", Weak, Number, "identidade");
        b.Terms("Identity.Document", Weak, Number, "órgão emissor", "orgao expedidor", "órgão expedidor");
        b.Terms("Identity.DateOfBirth", Always, Date, "data de nascimento", "data nascimento", "dt nascimento", "nascimento",
            "data de nasc", "dt nasc");
        // A date of birth kept as its year (see the English words).
        b.Terms("Identity.DateOfBirth", Strong, Number, "ano de nascimento", "ano nascimento", "ano nasc");
        // Death (see the English words): the date strong, whether and where weak.
        b.Terms("Identity", Strong, Date, "data de óbito", "data óbito", "data do óbito", "dt óbito", "data de falecimento",
            "data falecimento", "data do falecimento");
        b.Terms("Identity", Weak, Special, "falecido", "falecida", "óbito");
        b.Terms("Identity", Weak, Text, "local de óbito", "local do óbito", "local de falecimento", "local falecimento");
        // Sixteenth round: a mobile written short (Cel, as Spanish writes it: listed there) and "endereço" shortened (End):
        // "end" only beside an address word or a number (EndResidencial, NumEnd), never alone: it is English "end".
        b.TermsOnePerPerson("Contact.Address", Weak, Text, "end residencial", "num end", "end completo", "end res");

        // "Aniversário" is any anniversary (a contract's: ContratoBeneficio.DataAniversario); a birthday on a person only.
        b.Terms("Identity.DateOfBirth", Weak, Date, "aniversário", "data de aniversário");

        // When a user last came in (Usuario.UltimoAcesso): a date only.
        b.Terms("Usage.Activity", Weak, Date, "último acesso", "data do último acesso", "último login", "data último acesso");
        // When a member was last active or seen (UltimaAtividade, UltimaConexao, VistoPorUltimo: thirty-third round).
        b.Terms("Usage.Activity", Weak, Date | Text, "última atividade", "última conexão", "visto por último");

        // Marriage dates a person's marital status, as birth does a birth date.
        b.Terms("Identity", Weak, Date, "data de casamento", "data do casamento", "aniversário de casamento",
            "aniversario casamento");

        // How a person is addressed (Sr., Sra., Dr.).
        b.Terms("Identity", Weak, Text, "forma de tratamento", "pronome de tratamento");
        // The pronouns a person goes by (see the English words), weak; a post-office box, part of the address, weak.
        b.Terms("Identity.Gender", Weak, Text, "pronomes");
        b.Terms("Contact.Address", Weak, Text | Number, "caixa postal");

        // A Brazilian birth's declaration (DNV, número do nascido vivo) and a reservist's certificate are identity documents.
        b.Terms("Identity.Document", Strong, Number, "nascido vivo", "número do nascido vivo", "declaração de nascido vivo",
            "dnv", "reservista", "certificado de reservista", "certidão de nascimento", "certidão de casamento");

        // The category of a driving licence or a reservist certificate ("categoria" alone is a catalogue's category).
        b.Terms("Identity.Document", Strong, Text, "categoria da cnh", "cnh categoria", "categoria cnh", "categoria de reservista",
            "reservista categoria");

        // The issue and expiry dates of a person's identity document (RgDataEmissao, CnhDataValidade): the document's data. On
        // an invoice (NotaFiscal.DataEmissao) these words alone are not: only after or before a document word.
        foreach (var document in new[] { "rg", "cnh", "ctps", "carteira de trabalho", "passaporte", "identidade", "reservista", "título de eleitor" })
        {
            foreach (var date in new[] { "data de emissão", "data de expedição", "data de validade", "data de vencimento", "emissão", "validade" })
            {
                b.Terms("Identity.Document", Strong, Date, document + " " + date, date + " " + document);
            }
        }
        b.Terms("Identity", Always, Text, "naturalidade", "local de nascimento");
        b.Terms("Identity", Weak, Enum | Number, "idade", "nacionalidade", "apátrida", "apatrida");
        // How many children a person has (see the Spanish and French words), weak.
        b.Terms("Identity", Weak, Number, "número de filhos", "numero filhos", "quantidade de filhos", "qtd filhos");

        // A professional registration: a doctor's CRM, a nurse's COREN, a dentist's CRO, a lawyer's OAB; a student's or an
        // employee's matrícula (also a car's plate in Portugal). On a person only: CRM is also customer relationship management.
        // A type named with one (a Crm… integration) is not a holder of a person's details: one per person.
        b.TermsOnePerPerson("Identity", Weak, Number, "crm", "coren", "cro", "oab");
        b.Terms("Identity", Weak, Number, "matrícula", "número de matrícula");
        // A pupil's or a student's number (see the English and German words); the voter's título de eleitor is above.
        b.Terms("Identity", Strong, Number, "número de aluno", "numero aluno", "número de estudante", "numero estudante");
        // "Imagem" alone is a product's or a page's image as often as a person's photo (as the English "image").
        // A profile picture is an account's face wherever it is kept (twenty-second round): strong, as in English.
        b.Terms("Identity.Photo", Strong, Text | Binary, "foto de perfil", "imagem de perfil", "foto perfil", "imagem perfil",
            "url foto perfil", "foto perfil url");
        // The same address written address first (thirty-second round; see the English words).
        b.Terms("Identity.Photo", Strong, Text | Binary, "url foto de perfil", "url imagem perfil", "url imagem de perfil", "link foto perfil",
            "link foto de perfil");
        b.Terms("Identity.Photo", Weak, Text | Binary, "url da foto", "foto base64", "base64 foto");
        b.Terms("Identity.Document", Strong, Binary, "imagem do documento", "foto documento", "documento digitalizado");

        b.Terms("Contact.Email", Strong, Text, "correio eletrônico", "correio electrónico", "endereço de email",
            "email destinatário", "destinatário email");
        b.Terms("Contact.Phone", Strong, Number, "telefone", "telefone celular", "telefone fixo", "telefone residencial",
            "telefone comercial", "número de telefone", "telemóvel", "telemovel", "fone", "whatsapp");
        // The number to call in an emergency (see the English words; thirty-first round).
        b.Terms("Contact.Phone", Strong, Number, "número de emergência", "numero emergencia", "telefone de emergência",
            "telefone emergencia", "celular de emergência", "celular emergencia");

        // A vehicle's or a room's number of seats (see the English words): a count, not a house number.
        // "Lugares" alone is left out: a person's places may be their addresses.
        b.Words(WordRole.NotPersonal, "assentos", "número de lugares", "número de assentos", "quantidade de lugares");
        // Postcodes and house numbers are often numbers (int Cep, int NumeroCasa).
        b.Terms("Contact.Address", Weak, Text | Number, "cep", "código postal", "número da casa", "número da residência", "número do endereço",
            "número do logradouro", "número da rua", "número da porta", "número do imóvel", "número de porta",
            // Read with a type's name ending in the address (AdmissaoEndereco.Numero, as Endereco.Numero above).
            "endereço número", "logradouro número");
        b.Terms("Contact.Address", Weak, Text | Number, "número do prédio", "número do edifício", "numero predio");
        // A flat's number (see the English list), weak.
        b.Terms("Contact.Address", Weak, Text | Number, "número do apartamento", "numero apartamento", "apartamento", "apto");
        b.Terms("Contact.Address", Weak, Text, "endereço", "logradouro", "complemento", "rua", "morada", "residência",
            "endereço residencial", "endereço de entrega", "endereço de cobrança", "ponto de referência");
        // The part of a town below it (as English "district", German "Stadtteil"): an address part on a person's record only,
        // one per person. A type named by it is a lookup of the town's parts (twenty-fifth round: Bairro.BairroNome).
        b.TermsOnePerPerson("Contact.Address", Weak, Text, "bairro");

        // An employee's or a student's ID badge (crachá; see the English words) and its number.
        b.Terms("Identity", Weak, Text | Number, "crachá", "número do crachá", "numero cracha");

        // An employee's working time and an access log's time (see the English clock-in words): when the person came in,
        // left or signed in (ControleDePermissao.DataEHoraDeAcesso).
        b.Terms("Usage.Activity", Weak, Date | Text, "hora de entrada", "hora de saída", "horário de entrada", "horário de saída",
            "hora de chegada", "data e hora de acesso", "data hora de acesso", "hora de acesso", "horário de acesso",
            "início do intervalo", "fim do intervalo", "entrada do ponto", "saída do ponto");
        // The person to call in an emergency (see the French, German, Spanish and Romanian words).
        b.Terms("Identity.Name", Weak, Text, "contato de emergência", "contacto de emergência", "contato emergência");
        // Who decides for the person and who treats them (thirty-third round; see the English words).
        b.Terms("Identity.Name", Weak, Text, "tutor legal", "curador", "curadora", "médico de família", "médico de cabeceira",
            "médico assistente");
        // A person's kinship to another (see the English words): weak, on a person's type only.
        b.TermsOnePerPerson("Identity", Weak, Text, "parentesco", "grau de parentesco", "grau parentesco");
        // The spouse (see the German words): a person word, read as a name alone (IsPersonNoun). Not a name term: a term
        // here would take the head from the term before it (DataNascimentoEsposa is the bride's birth date).
        b.Words(WordRole.Subject, "esposo", "esposa");
        // Godparents and witnesses of a sacrament, a speaker (see the English words).
        b.Words(WordRole.Subject, "padrinho", "madrinha", "testemunha", "palestrante");
        // The clergy and a health professional (see the English words). Not "padre" (a priest here, a parent or a tree's
        // parent node in Spanish: read alone only, IsParentWord).
        b.Words(WordRole.Subject, "sacerdote", "pároco", "presbítero", "profissional de saúde", "profissional saúde");

        // Where a person lives (see the English words).
        b.Terms("Contact.Address", Weak, Text, "local de residência", "domicílio");
        b.Terms("Contact.Address", Strong, Text, "endereço do pedido", "endereco pedido", "endereço da encomenda", "endereco encomenda");
        b.Terms("Location.Coarse", Weak, Text, "cidade", "uf", "distrito", "concelho", "freguesia", "localidade", "região");
        // A person's insurance number ("número do seguro" is the Spanish "número de seguro" once stop words go).
        b.Terms("Identity.NationalId", Weak, Number, "número de segurado");
        // A sex kept as a flag named for one of its values (Feminino; "masculino" is in the Spanish file): weak, on a
        // person's record only.
        b.TermsOnePerPerson("Identity.Gender", Weak, Special, "feminino");
        b.Terms("Location.Precise", Strong, Text, "local de embarque", "local de desembarque", "local de recolha");

        // A bank branch, an account and its check digit: a person's on a person's type (Funcionario.Agencia) and on its
        // bank details; "agência" and "conta" alone are also a travel agency, a bill, a login: never on a neutral type, never
        // a holder (one per person).
        b.TermsOnePerPerson("Financial.BankAccount", Weak, Number, "agência", "conta", "dígito da conta", "dígito conta",
            "dígito da agência", "dígito agência", "agência conta");
        b.Terms("Financial.BankAccount", Strong, Number, "conta bancária", "número da conta", "conta corrente", "conta poupança",
            "nib", "chave pix", "dados bancários", "agência bancária", "número da agência");
        b.Terms("Financial.PaymentCard", Strong, Number, "cartão de crédito", "cartão de débito", "número do cartão",
            "código de segurança do cartão");
        // A card's expiry, as text, a number or a date (see the English words).
        b.Terms("Financial.PaymentCard", Strong, Number | Date, "validade do cartão", "data de validade do cartão");

        b.Terms("Online.IpAddress", Strong, Text, "endereço ip");
        b.Terms("Online.Username", Strong, Text, "nome de usuário", "nome de utilizador", "login do usuário");
        b.Terms("Credentials.Password", Strong, Binary, "senha", "senha hash", "hash da senha", "palavra passe", "palavrapasse");
        // The password typed twice (see the English words; thirty-first round).
        b.Terms("Credentials.Password", Strong, Binary, "repetir senha", "confirmar senha", "confirmação de senha",
            "confirmacao senha", "senha repetida", "senha confirmação", "senha atual", "nova senha");
        b.Terms("Credentials.Secret", Weak, Binary, "pergunta secreta", "pergunta de segurança");
        b.Terms("Credentials.Secret", Strong, Binary, "resposta secreta", "código de recuperação",
            // The link sent to reset a password: it carries the reset token (twenty-seventh round; see the English words).
            "link de redefinição", "link redefinicao", "link de recuperação", "link recuperacao", "link redefinir senha",
            "link recuperar senha");

        b.Terms("Content.Message", Weak, Text, "mensagem", "assunto", "observação", "observações", "queixa", "proposta", "detalhes");
        // A teacher's appreciation of a pupil's work (thirty-first round; see the English words).
        b.Terms("Content.Feedback", Weak, Text, "apreciação", "apreciações", "parecer do professor");
        b.Terms("Content.Feedback", Weak, Text, "descrição", "texto", "avaliação", "reclamação", "depoimento", "opinião");
        // Twenty-ninth round: a review's opinion in parts (see the English words).
        b.Terms("Content.Feedback", Weak, Text, "prós", "contras", "aspectos positivos", "aspectos negativos", "pontos positivos",
            "pontos negativos", "pontos fortes", "pontos fracos", "vantagens", "desvantagens");
        // A complaint's title (see the English words), head first.
        b.Terms("Content.Feedback", Strong, Text, "título reclamação", "título da reclamação", "assunto reclamação");
        b.Terms("Employment", Weak, Number, "salário bruto", "salário líquido", "remuneração", "renda", "renda mensal",
            "renda familiar");
        // An employee's pay rates (see the English list).
        b.Terms("Employment", Weak, Number | Text, "valor hora", "valor da hora", "salário hora", "valor hora extra", "taxa horária");
        b.Terms("Employment", Weak, Date, "data de admissão", "data de demissão");
        b.Terms("Employment", Weak, Date, "data de contratação", "data contratação");
        // Thirtieth round: the year a person was hired (see the English words).
        b.Terms("Employment", Weak, Number | Date, "ano de admissão", "ano de contratação");
        // An employee's file: a warning, a disciplinary measure, retirement, time served, the day the person left
        // (twenty-eighth round; see the English words).
        b.Terms("Employment", Weak, Date, "advertência", "medida disciplinar", "data de aposentadoria", "tempo de serviço",
            "data de desligamento");

        // When a person was hired or dismissed, a payslip's figures and an employee's seniority, on a person only.
        b.Terms("Employment", Weak, Date, "data de contratação", "data de desligamento", "data de rescisão");
        b.Terms("Employment", Weak, Number, "salário base", "adiantamento salarial", "décimo terceiro", "tempo de serviço",
            "vale transporte", "vale refeição");
        // An employee master record's pay grade (see the English words), weak.
        b.Terms("Employment", Weak, Number, "nível salarial", "faixa salarial", "grau salarial");
        // A worker's employment record (fifteenth round): contract start and end, base and real pay, hours worked, a CV's
        // parts (experience, qualifications, skills). Words Spanish spells the same way ("salario real",
        // "habilidades", "experiencias", "competencias") are listed there.
        b.Terms("Employment", Weak, Date, "início do contrato", "fim do contrato", "contrato fim",
            "data de início do contrato", "data de fim do contrato");
        b.Terms("Employment", Weak, Number, "vencimento base", "horas trabalhadas");
        b.Terms("Employment", Weak, Date | Text, "início do turno", "fim do turno", "horário de trabalho");
        b.TermsOnePerPerson("Employment", Weak, Text, "qualificações", "qualificação", "experiência profissional",
            "formação académica", "habilitações");
        // Thirtieth round: a professional's profile (see the English words): the experience, its years, the rating received.
        b.TermsOnePerPerson("Employment", Weak, Text, "experiência");
        b.Terms("Employment", Weak, Number | Text, "anos de experiência", "tempo de experiência", "experiência anos");
        // Thirty-second round: a job candidate's profile (see the English words).
        b.TermsOnePerPerson("Employment", Weak, Number | Text, "experiência total", "experiência relevante", "aviso prévio",
            "período de aviso prévio");
        b.TermsOnePerPerson("Identity", Weak, Number | Text | Enum, "tipo de visto");
        b.TermsOnePerPerson("Employment", Weak, Number, "classificação", "avaliação média", "nota média");
        b.TermsOnePerPerson("Employment", Weak, Number, "bônus", "bonificação", "gratificação", "adiantamento", "descontos", "inss",
            "irrf", "fgts");
        // A payroll's earnings and allowance lines (twenty-eighth round; see the English words).
        b.TermsOnePerPerson("Employment", Weak, Number, "proventos", "auxílio moradia", "auxílio transporte");

        // A member's code in an association (CodigoSocio, "código do sócio": Spanish "código de socio" is listed there and
        // folds the same), the code alone on a person's record (Socio.Codigo): the person's identifier. "Código" is one per
        // person (a type named Codigo… is not a holder of details) and weak (a product's or a project's code is no one's).
        b.Terms("Identity", Strong, Text | Number, "número do sócio", "número de associado", "código do associado",
            "matrícula do sócio");
        b.TermsOnePerPerson("Identity", Weak, Text | Number, "código");

        // A person's accounts on social networks are listed in the English table (Facebook, Instagram: the same words).
        // Where a person's photo is kept.
        b.Terms("Identity.Photo", Weak, Text | Binary, "caminho da foto", "caminho foto");

        // A patient's chronic illnesses, surgeries, hospital stays and prescriptions (Prontuario.Prescricao), and the reason
        // for a visit: health data.
        // A hospital's discharge summary: the patient's stay, findings and treatment (twenty-fourth round; in every built-in language).
        // A wound or an injury (thirty-first round; see the English words).
        b.Terms("Special.Health", Strong, Special, "ferida", "feridas", "lesão", "lesões");
        b.Terms("Special.Health", Strong, Special, "resumo de alta", "resumo alta", "sumário de alta", "sumario alta", "relatório de alta",
            "relatorio alta", "epicrise");
        // An advance directive, palliative care, the degree of dependency (thirty-third round; see the English words).
        b.Terms("Special.Health", Weak, Number | Special, "diretivas antecipadas", "diretiva antecipada", "diretivas antecipadas de vontade",
            "testamento vital", "não reanimar", "não ressuscitar", "ordem de não reanimar", "paliativo", "cuidados paliativos");
        b.TermsOnePerPerson("Special.Health", Weak, Number | Special, "grau de dependência", "nível de dependência");
        // Exempt from the user charge or the co-payment (thirty-third round; see the English words).
        b.Terms("Financial", Weak, Number | Special, "isenção de taxas moderadoras", "isenção taxa moderadora",
            "isento de taxas moderadoras", "isenção de coparticipação", "isenção de copagamento");
        b.Terms("Special.Health", Strong, Special, "doenças crônicas", "doença crônica", "cirurgias", "cirurgias anteriores",
            "internação", "internações", "hospitalização", "queixa principal", "histórico de saúde",
            "medicamento prescrito", "medicamentos prescritos", "receita médica");
        b.TermsOnePerPerson("Special.Health", Weak, Special | Number, "prescrição", "posologia");
        b.Terms("Special.Health", Weak, Special, "prescrições");
        // A diagnosis coded in the classification of diseases, CID-10 (twenty-seventh round; see the English words).
        b.Terms("Special.Health", Strong, Special, "cid 10", "cid10", "cid 11", "cid11", "código cid", "codigo cid", "cid 10 código");

        // The details by which a person is reached, kept as one object (DadosContato), and personal data as a whole.
        b.Terms("Contact", Weak, Text, "dados de contato", "dados contato", "informações de contato");
        b.Words(WordRole.Subject, "dados pessoais");
        // A lender's borrower and co-borrower, an insurer's policy holder (sixteenth round).
        b.Words(WordRole.Subject, "mutuário", "mutuario", "mutuária", "mutuaria", "codevedor", "codevedora", "tomador", "tomadora");
        // A loan or credit application is one applicant's request (nineteenth round): its credit score, debts and income are
        // the applicant's, as a donation's are the donor's. Not "application" alone (a program).
        b.Words(WordRole.Subject, "pedido de empréstimo", "pedido emprestimo", "pedido de crédito", "pedido credito",
            "proposta de crédito", "proposta credito", "solicitação de empréstimo", "solicitacao emprestimo");

        // A person's job or role; a type named with one (Cargo, Funcao) is a lookup of the options, not a holder of details.
        b.TermsOnePerPerson("Employment", Weak, Text, "cargo", "função", "profissão", "ocupação");

        // "Exame", "laudo" and "medicamento" alone are not terms: a type named with one is also a catalogue (of exams, of
        // medicines) and a navigation to them from an insurer or a consultation is not anyone's health data. What an exam
        // or a report holds is read with the type's name (Exame.Resultado, Laudo.Descricao: Portuguese puts the head first).
        // A person's eyesight (see the English words).
        b.Terms("Special.Health", Strong, Number | Special, "acuidade visual", "distância pupilar", "distância interpupilar",
            "pressão intraocular", "ceratometria", "queratometria", "receita óptica", "receita de óculos");
        b.Terms("Special.Health", Weak, Special, "saúde", "tratamento", "histórico médico");
        b.Terms("Special.Health", Weak, Number | Special, "peso", "altura", "pressão arterial", "imc");
        // Laboratory results (thirtieth round; see the English words; hemoglobina, hematócrito, leucócitos, plaquetas,
        // colesterol, creatinina, bilirrubina, cálcio and magnésio fold to the Spanish words and are listed there).
        b.Terms("Special.Health", Weak, Number, "glicemia", "glicose", "hemácias", "glóbulos vermelhos", "glóbulos brancos",
            "leucograma", "triglicerídeos", "ureia", "potássio", "sódio", "ferro sérico", "hemoglobina glicada",
            "proteína c reativa", "velocidade de hemossedimentação", "vhs");
        // Organ donation (thirtieth round; see the English words).
        b.TermsOnePerPerson("Special.Health", Weak, Number | Enum, "órgão necessário", "tipo de órgão", "tipo órgão", "órgão doado",
            "órgão a doar", "transplante de órgão");
        // A blood bank's stock of a component (see the English words).
        b.Words(WordRole.NotPersonal, "quantidade plaquetas", "quantidade de plaquetas", "quantidade hemácias",
            "quantidade de hemácias", "unidades de plaquetas");
        // Body composition and energy use (twenty-third round; see the English words).
        b.Terms("Special.Health", Weak, Number | Special, "gordura corporal", "percentual de gordura", "taxa metabólica basal",
            "metabolismo basal", "massa muscular", "massa magra", "circunferência abdominal", "circunferência da cintura");
        // Vital signs (fifteenth round; see the English words; "ritmo cardíaco", "pulso", "temperatura corporal" are listed
        // in Spanish).
        b.Terms("Special.Health", Weak, Number | Special, "frequência cardíaca", "frequência respiratória",
            "saturação de oxigênio", "saturação de oxigénio");
        b.Terms("Special.Health", Weak, Number | Special, "estatura", "peso corporal", "índice de massa corporal");
        // A picture's or a file's own height or weight (Foto.Altura, Imagem.Peso, read with the type's name).
        b.Words(WordRole.NotPersonal, "altura foto", "altura imagem", "altura fotografia", "peso foto", "peso imagem",
            "peso arquivo", "peso fotografia");
        // A laboratory's result named in full (thirtieth round; see the English words).
        b.Terms("Special.Health", Weak, Number | Special, "resultado de laboratório", "resultados de laboratório",
            "resultado laboratorial", "resultados laboratoriais", "exame de sangue", "exames de sangue");
        b.Terms("Special.Health", Strong, Number | Special, "resultado do exame", "descrição do laudo",
            "conclusão do laudo");
        // A medical record (prontuário), a medical report, an anamnesis describe a patient's health wherever they are.
        b.Terms("Special.Health", Strong, Special, "prontuário", "prontuário médico", "laudo médico", "doença", "deficiência",
            "sintoma", "sintomas", "anamnese", "histórico clínico", "gravidez", "gestante", "pcd", "pessoa com deficiência",
            "portador de deficiência", "necessidades especiais");

        // A person has one blood type: a TipoSanguineo type is the list of options, not a holder of details.
        // A medical history's conditions and findings (twenty-second round: Anamnese.Hipertensao, .Dst, .Febre,
        // Consulta.ExameFisico; see the English words; "diabetes", "asma", "epilepsia", "anestesia", "drogas", "hipertensa",
        // "diabético", "cardiopatia" are listed in English and Spanish).
        b.Terms("Special.Health", Strong, Special, "hipertensão", "doença cardíaca", "tuberculose",
            "doença sexualmente transmissível", "doenças sexualmente transmissíveis", "exame físico");
        b.Terms("Special.Health", Weak, Special, "febre", "cicatrização", "fumante", "tabagista", "dst", "dsts", "restrição alimentar",
            "restrições alimentares");
        b.TermsOnePerPerson("Special.Health", Strong, Special, "tipo sanguíneo", "fator rh");
        b.Terms("Special.Biometric", Strong, Special | Binary, "impressão digital", "biometria");
        b.Terms("Special.RacialOrEthnicOrigin", Strong, Special, "cor raça", "raça cor", "origem étnica", "etnia", "grupo étnico");

        // "Raça" is also an animal's breed (Pet.Raca, a Raca lookup): on a person only.
        b.TermsOnePerPerson("Special.RacialOrEthnicOrigin", Weak, Special, "raça");
        b.Terms("Special.PoliticalOpinion", Strong, Special, "partido político", "filiação partidária", "opinião política",
            "afiliação política", "filiação política", "ideologia política");
        b.Terms("Special.ReligiousBelief", Strong, Special, "religião", "crença religiosa");

        // Religious affiliation and the rites that reveal it (see the English list): the sacraments of a parish's catechesis
        // (Batizado, DataBatismo, Eucaristia), a tither (Dizimista). Crisma (also the holy oil), comunhão, matrimônio,
        // paróquia, igreja, pastoral, dízimo only beside a strong one; "confirmação" is left out (an e-mail's, a booking's).
        b.Terms("Special.ReligiousBelief", Strong, Special, "confissão religiosa", "afiliação religiosa", "denominação religiosa",
            "dizimista");
        b.Terms("Special.ReligiousBelief", Strong, Special | Number | Date, "batismo", "baptismo", "batizado", "baptizado",
            "eucaristia", "primeira comunhão", "primeira eucaristia", "casamento religioso");
        b.Terms("Special.ReligiousBelief", Weak, Special | Number | Date, "comunhão", "crisma", "matrimônio", "sacramento",
            "sacramentos", "paróquia", "igreja", "congregação", "pastoral", "dízimo");

        b.Terms("Special.TradeUnion", Strong, Special, "filiação sindical", "sindicalizado", "filiado ao sindicato");
        b.Terms("Special.SexLife", Strong, Special, "orientação sexual", "vida sexual", "preferência sexual", "identidade sexual");

        // Vulnerable populations on a citizen's record (see the English list).
        b.Terms("Special.RacialOrEthnicOrigin", Strong, Special, "povo indígena", "povos indígenas", "comunidade indígena",
            "população indígena", "quilombola");
        b.Terms("Special.RacialOrEthnicOrigin", Weak, Special, "indígena");
        b.Terms("Special.SexLife", Strong, Special, "população lgbt", "população lgbti", "população lgbtqia");
        b.Terms("Identity", Strong, Special, "vítima de conflito armado", "defensor de direitos humanos",
            "defensora de direitos humanos", "situação de rua", "pessoa em situação de rua");
        b.Terms("Identity", Weak, Special, "migrante", "imigrante", "refugiado", "refugiada", "sem abrigo", "sem teto", "conflito armado");
        b.Terms("Criminal", Strong, Special, "antecedentes criminais", "registo criminal", "certidão de antecedentes", "condenação",
            "registro criminal", "antecedentes penais", "ficha criminal", "certidão criminal", "condenações");
        // People in criminal proceedings, how they look, and a pay statement (twenty-second round; see the English words;
        // "acusado", "infractor" are listed in Spanish).
        b.Words(WordRole.Subject, "suspeito", "suspeitos", "vítima", "vítimas", "réu", "detento", "detenta", "presidiário",
            "presidiária", "infrator", "infratora", "criminoso", "criminosa");
        b.Terms("Identity", Weak, Text, "aparência física", "descrição física", "características físicas", "sinais particulares");
        // The description's parts (thirty-third round; see the English words): hair and eye colour, build.
        b.TermsOnePerPerson("Identity", Weak, Text | Enum, "cor do cabelo", "cor cabelo", "cor de cabelo", "cor dos cabelos",
            "cor dos olhos", "cor olhos", "cor de olhos", "compleição", "compleição física", "porte físico", "biotipo");
        b.Words(WordRole.Subject, "holerite", "holerites", "contracheque", "contracheques", "recibo de salário", "recibo salario",
            "recibo de vencimento", "recibo vencimento");

        // Language parity, class by class (tenth round): a device; a one-time code; free text (Conteúdo, Comentário,
        // Notas), a cancellation's reason, a cover letter and a CV; a blood type written "tipo de sangue".
        b.Terms("Online.DeviceId", Strong, Guid, "id do dispositivo", "token do dispositivo", "identificador do dispositivo");
        // Twenty-ninth round: a one-time code, head first (CodigoOtp, CodigoTotp, CodigoVerificacao).
        b.Terms("Credentials.Secret", Strong, Binary, "código otp", "código totp", "código sms", "código verificação");
        b.Terms("Credentials.Secret", Strong, Binary, "código de verificação", "código de confirmação de conta",
            "token de acesso");
        b.Terms("Content.Feedback", Weak, Text, "conteúdo", "comentário", "comentários");
        b.Terms("Content.Message", Strong, Text, "motivo do cancelamento", "motivo de cancelamento", "motivo cancelamento",
            "motivo da ausência", "motivo da falta", "carta de apresentação", "mensagem privada", "mensagem pessoal");
        b.TermsOnePerPerson("Employment", Strong, Text | Binary, "currículo", "url do currículo", "curriculo url");
        b.TermsOnePerPerson("Special.Health", Strong, Special, "tipo de sangue");
        b.Terms("Contact.Phone", Strong, Number, "número de celular", "celular whatsapp", "telefone de contato");
        b.Terms("Identity.Name", Strong, Text, "nome do responsável", "nome responsável");

        b.Words(WordRole.Subject, "pessoa", "pessoa física", "funcionário", "funcionária", "colaborador", "colaboradora",
            "empregado", "aluno", "aluna", "estudante", "professor", "professora", "cidadão", "morador", "dependente",
            "beneficiário", "membro", "assinante", "hóspede", "contato", "responsável", "cônjuge",
            "motorista", "passageiro", "doador",
            // Thirtieth round: a delivery's people (see the English words).
            "entregador", "entregadora", "motoboy", "estafeta", "despachante",
            // A school's former students (see the English words).
            "egresso", "egressa", "ex aluno", "ex aluna",
            "proprietário", "locatário", "requerente", "segurado", "utente", "utilizador",
            "destinatário", "enfermeira", "titular", "autor", "autora", "jogador", "atleta", "voluntário",
            // A hiring (admissão) is a person's: its name, salary, photo and documents are the new hire's.
            "admissão", "candidato", "candidata");

        // More persons: a sender, a guest, a tenant, a driver, a teacher.
        b.Words(WordRole.Subject, "remetente", "convidado", "inquilino", "condutor", "docente", "paciente", "cliente",
            "usuário", "usuario", "médico", "medico", "enfermeiro", "visitante", "comprador", "segurada", "professora");
        // The parties of a lease and its guarantor (see the English words; "locatário" and "inquilino" are above): a
        // landlord (locador, senhorio), a guarantor (fiador, Spanish too). Not "locadora": also a rental company.
        b.Words(WordRole.Subject, "locador", "senhorio", "senhoria", "fiador", "fiadora", "locatária");

        // Children (a daycare's, a school's).
        b.Words(WordRole.Subject, "criança", "crianças", "filho", "filha", "filhos", "bebê");
        // People named by their trade or office (fourteenth round; see the English list): a recruiter, a judge, a lawyer, a
        // notary, a trainer, a carer. Not "mecânico" nor "técnico": also adjectives after a noun (OficinaMecanica,
        // ResponsavelTecnico's sibling LaudoTecnico); not "caixa" (a box, a till).
        b.Words(WordRole.Subject, "recrutador", "recrutadora", "juiz", "juíza", "advogado", "advogada", "tabelião",
            "notário", "instrutor", "instrutora", "treinador", "treinadora", "terapeuta", "psicólogo", "psicóloga",
            "farmacêutico", "farmacêutica", "veterinário", "veterinária", "cuidador", "cuidadora", "babá",
            "cabeleireiro", "cabeleireira", "barbeiro", "eletricista", "encanador", "canalizador", "carpinteiro",
            "garçom", "garçonete", "consultor", "assessor", "assessora");
        // A member of an association's fiscal council, a person (see the Romanian "cenzor"; thirty-fourth round).
        b.Words(WordRole.Subject, "conselheiro fiscal", "conselheira fiscal");
        // "Estilista" (a stylist) and "líder" (who leads a group, fifteenth round) are spelt as in Spanish and listed there.


        // People named by the role they take toward a service (thirteenth round): an adopter (Brazil's adotante, Portugal's
        // adoptante), a receptionist (rececionista in Portugal), a donor.
        b.Words(WordRole.Subject, "adotante", "adoptante", "recepcionista", "rececionista", "doadora");

        // A donation is one donor's gift (see the English "donation").
        b.Words(WordRole.Subject, "doação", "doacao");

        // A child's guardians (a pupil's or a catechumen's): the plural of "responsável" is not an English plural, so a report
        // of them (RelatorioResponsaveis) is read as a person's.
        b.Words(WordRole.Subject, "responsáveis");

        // An organisation, not a person: its own name, e-mail and phone are not personal data (Convenio.Email, Empresa.Telefone).
        // A convênio is a health insurer; a pessoa jurídica is a legal person.
        b.Words(WordRole.Owner, "pessoa jurídica", "companhia", "organização", "instituição", "fornecedor", "fabricante", "loja",
            "filial", "convênio", "clínica", "hospital", "laboratório", "seguradora", "operadora", "produto", "arquivo", "pasta",
            "projeto", "sistema", "estabelecimento", "plano", "plano de saúde",
            // An association or a club, a shipping company: organisations, not persons (Clube.Email). An event ("evento") is
            // in the Spanish table (the same word).
            "clube", "associação", "agremiação", "fundação", "transportadora",
            // A team ("time" in Brazil, "equipe", "equipa"): an organisation, as a club is (Times.Email, Times.NomeOficial;
            // twenty-eighth round). A player stays a person.
            "time", "times", "equipe", "equipa");

        // A doctor's practice (consultório) or a law firm: organisations (see the English words).
        b.Words(WordRole.Owner, "consultório", "escritório de advocacia");

        // An establishment, a place of business (see the English words; twenty-ninth round). "Hotel", "restaurante" and
        // "teatro" are the English and Spanish words.
        b.Words(WordRole.Owner, "igreja", "igrejas", "museu", "pousada");

        // A pharmacy, a drugstore (see the English words; eighteenth round; laboratório is above). A farmacêutico stays a person.
        b.Words(WordRole.Owner, "farmácia", "farmácias", "drogaria");

        // A school, a kindergarten, a court (see the English words; nineteenth round).
        b.Words(WordRole.Owner, "escola", "creche", "tribunal");

        // A course, an election (see the English words; thirty-fourth round: Curso.Nome, CursoNome). "Curso" is the Spanish word.
        b.Words(WordRole.Owner, "eleição", "eleições", "inventário");
        // A clinical trial (see the English words).
        b.Words(WordRole.Owner, "ensaio clínico", "ensaios clínicos", "estudo clínico", "estudos clínicos");

        // A property for sale or rent (see the English words; twenty-fifth round: Imovel.Observacoes, ImovelDTO.Descricao).
        // Not the plural "imóveis": a realtor is a corretor de imóveis (CorretorImoveis stays a person, below).
        b.Words(WordRole.Owner, "imóvel", "propriedade");

        // A realtor or a broker (corretor de imóveis, de seguros) is a person (nineteenth round: Corretor.Nome).
        b.Words(WordRole.Subject, "corretor", "corretora", "corretores");

        b.Words(WordRole.Meta, "tamanho", "quantidade", "situação", "ativo", "ativa", "validado", "obrigatório", "máscara");

        // A company's identifiers and names: not anyone's personal data.
        b.Words(WordRole.NotPersonal, "razão social", "nome fantasia", "cnpj", "nipc", "inscrição estadual", "inscrição municipal",
            // Which district of an association (NumeroDistrito, a Rotary district; Spanish "número de distrito" folds the
            // same): a unit's number, not where a person lives.
            "número do distrito");

        b.Words(WordRole.Technical, "configuração", "configurações", "definições", "opções", "serviço", "repositório");
    }
}
