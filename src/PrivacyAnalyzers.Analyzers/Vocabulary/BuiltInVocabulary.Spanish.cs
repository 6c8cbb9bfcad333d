namespace PrivacyAnalyzers.Vocabulary;

internal static partial class BuiltInVocabulary
{
    // Spanish, with accents and ñ (folding makes "contraseña" and "contrasena" equal).
    private static void AddSpanish(VocabularyBuilder b)
    {
        b.Terms("Identity.Name", Weak, Text, "nombre");
        b.Terms("Identity.Name", Strong, Text, "apellido", "apellidos", "primer apellido", "segundo apellido", "nombre y apellidos",
            "segundo nombre");
        // The patronymic (see the English words); Portuguese writes it the same.
        b.Terms("Identity.Name", Strong, Text, "patronímico");
        // A contact person is a natural person on any record, a company's too (see the English words).
        b.Terms("Identity.Name", Always, Text, "persona de contacto", "persona contacto");
        b.Terms("Identity.NationalId", Always, Number, "dni", "nie", "número de seguridad social", "numero seguridad social",
            "curp", "cédula", "cedula", "rut", "documento nacional de identidad",
            "nss", "número de documento", "numero documento", "número de identificación", "numero identificacion");
        // "Documento" alone is also a file or a paper: a person's identity number only on a person's type; a type named
        // Documento (a fiscal document, an upload) is not a holder of a person's details, nor is its Numero an id (one per
        // person: not in plural, not on a collection, not a holder).
        b.TermsOnePerPerson("Identity.NationalId", Weak, Number, "documento");
        b.Terms("Identity.NationalId", Weak, Number, "documento de identidad personal");

        // "Identificación" alone on a member is a person's id number (Usuarios.Identificacion); its kind (TipoIdentificacion)
        // is a meta word's. A licence number on a person is a driving licence's; a registration key lets one person sign up.
        b.Terms("Identity.NationalId", Strong, Number, "identificación", "identificacion");
        b.TermsOnePerPerson("Identity.Document", Weak, Number, "número de licencia", "numero licencia", "nro licencia");
        // Thirtieth round: the licence by its id and the driving licence's card (see the English words), one per person.
        b.TermsOnePerPerson("Identity.Document", Weak, Number, "id licencia", "licencia id", "número de carnet",
            "nro carnet");
        b.Terms("Credentials.Secret", Strong, Binary, "clave de registro", "código de registro de usuario");
        b.Terms("Identity.Document", Always, Number, "pasaporte", "número de pasaporte", "documento de identidad",
            "carnet de conducir", "licencia de conducir");
        // A foreign national's papers (see the English words): residence permit and visa strong, work permit weak.
        b.Terms("Identity.Document", Strong, Number, "permiso de residencia", "tarjeta de residencia", "número de visa",
            "numero visa", "número de visado", "numero visado");
        b.Terms("Identity.Document", Weak, Number, "permiso de trabajo");
        b.Terms("Identity.DateOfBirth", Always, Date, "fecha de nacimiento", "fecha nacimiento", "nacimiento", "cumpleaños");
        // A date of birth kept as its year (see the English words); "anio" is how "año" is spelt without the tilde.
        b.Terms("Identity.DateOfBirth", Strong, Number, "año de nacimiento", "año nacimiento", "anio nacimiento", "anio de nacimiento");
        // Death (see the English words): the date strong, whether and where weak.
        b.Terms("Identity", Strong, Date, "fecha de defunción", "fecha defunción", "fecha de fallecimiento",
            "fecha fallecimiento", "fecha de muerte", "fecha muerte");
        b.Terms("Identity", Weak, Special, "fallecido", "fallecida", "difunto", "difunta");
        b.Terms("Identity", Weak, Text, "lugar de defunción", "lugar defunción", "lugar de fallecimiento", "lugar fallecimiento");
        b.Terms("Identity", Always, Text, "lugar de nacimiento");
        b.Terms("Identity", Weak, Enum | Number, "edad", "nacionalidad", "estado civil", "apátrida", "apatrida");
        b.Terms("Identity", Weak, Date, "fecha de matrimonio", "fecha de casamiento", "fecha de boda", "aniversario de boda",
            "aniversario de bodas");
        // A wedding anniversary on a person's record: a date of that person's life; weak, a company's is quiet. ("Aniversario"
        // alone folds to Portuguese "aniversário", a birthday on a person, which already reports it.)
        b.Terms("Identity", Weak, Date, "aniversario de boda", "aniversario de bodas", "fecha de aniversario");
        b.TermsOnePerPerson("Identity.Gender", Always, Enum, "sexo");
        // A sex kept as a flag named for one of its values (EsHombre, EsMujer, Masculino; Portuguese spells "masculino" the
        // same): weak, on a person's record only.
        b.TermsOnePerPerson("Identity.Gender", Weak, Special, "es hombre", "es mujer", "es masculino", "es femenino",
            "masculino", "femenino");

        // "Género" is also a kind (de música, literario): on a person only.
        b.TermsOnePerPerson("Identity.Gender", Weak, Enum, "género", "genero");
        b.Terms("Identity.Photo", Weak, Binary, "fotografía", "foto", "firma digital");
        b.Terms("Identity.Photo", Weak, Text | Binary, "url foto", "foto url", "url de la foto", "foto base64", "base64 foto");
        // A profile picture is an account's face wherever it is kept (twenty-second round): strong, as in English.
        b.Terms("Identity.Photo", Strong, Text | Binary, "foto perfil", "foto de perfil", "imagen de perfil", "imagen perfil",
            "url foto perfil", "foto perfil url");
        // The same address written address first (thirty-second round; see the English words).
        b.Terms("Identity.Photo", Strong, Text | Binary, "url foto de perfil", "url imagen perfil", "url imagen de perfil", "link foto perfil",
            "enlace foto perfil");

        b.Terms("Contact.Email", Strong, Text, "correo", "correo electrónico", "correo electronico", "email personal");
        b.Terms("Contact.Phone", Strong, Number, "teléfono", "telefono", "número de teléfono", "móvil", "movil", "celular");
        // The number to call in an emergency (see the English words; thirty-first round).
        b.Terms("Contact.Phone", Strong, Number, "número de emergencia", "numero emergencia", "teléfono de emergencia",
            "telefono emergencia", "celular de emergencia", "teléfono emergencia");
        // A vehicle's or a room's number of seats (see the English words): a count, not a house number ("plazas" alone is
        // also a town's squares, left out).
        b.Words(WordRole.NotPersonal, "asientos", "número de asientos", "número de plazas", "cantidad de asientos");
        b.Terms("Contact.Address", Weak, Text, "dirección", "direccion", "domicilio", "calle", "dirección postal",
            "número exterior", "número interior", "dirección número");
        // The parts of a town below it (a barrio, a Mexican colonia; as English "district", German "Stadtteil"): an address
        // part on a person's record only, one per person. A type named by one is a lookup of the town's parts, not a
        // person's address (twenty-fifth round: Bairro.BairroNome).
        b.TermsOnePerPerson("Contact.Address", Weak, Text, "barrio", "colonia");

        // An employee's ID badge (gafete, Mexico; see the English words) and its number.
        b.Terms("Identity", Weak, Text | Number, "gafete", "número de gafete", "numero gafete");

        // An employee's working time (attendance, see the English clock-in words): when the person came in and left.
        b.Terms("Usage.Activity", Weak, Date | Text, "hora de entrada", "hora de salida", "hora de ingreso", "hora de llegada",
            "marcación de entrada", "marcación de salida", "inicio de descanso", "fin de descanso");

        // Where a person lives (see the English words).
        b.Terms("Contact.Address", Weak, Text, "lugar de residencia", "dirección de residencia");
        // A post-office box (see the English words), weak; the pronouns a person goes by, weak.
        b.Terms("Contact.Address", Weak, Text | Number, "apartado postal", "apartado de correos", "casilla postal",
            "casilla de correo");
        b.Terms("Identity.Gender", Weak, Text, "pronombres");
        b.Terms("Location.Coarse", Weak, Text, "ciudad", "país", "pais", "provincia", "localidad", "municipio");
        // The parts of a town below it (barrio and colonia are address parts above; "distrito" is listed once, in the
        // Portuguese file); a person's insurance or social-security affiliation number: on a person's record only.
        b.TermsOnePerPerson("Location.Coarse", Weak, Text, "corregimiento", "vereda");
        b.Terms("Identity.NationalId", Weak, Number, "número de seguro", "número de afiliación", "numero afiliacion");
        // Who pays a bill (NombrePagador; Portuguese spells it the same): a person word, as English "payer".
        b.Words(WordRole.Subject, "pagador", "pagadora");
        // Who receives an invoice, a payment or a message (fifteenth round): a Mexican CFDI's receptor, whose tax id, fiscal
        // name and postcode an invoice copies (FacturaFiscal.ReceptorRfcSnapshot); Portuguese spells it the same. The
        // other languages name the recipient already (destinatario / destinatário, Empfänger, destinataire, destinatar).
        b.Words(WordRole.Subject, "receptor", "receptora");

        b.Terms("Financial.BankAccount", Strong, Number, "cuenta bancaria", "número de cuenta", "numero cuenta", "clabe");
        b.Terms("Financial.PaymentCard", Strong, Number, "número de tarjeta", "numero tarjeta", "tarjeta de crédito",
            "tarjeta credito");
        // A card's expiry, as text, a number or a date (see the English words).
        b.Terms("Financial.PaymentCard", Strong, Number | Date, "vencimiento de la tarjeta", "vencimiento tarjeta",
            "fecha de vencimiento de la tarjeta", "fecha vencimiento tarjeta");
        // RUC (Peru, Paraguay, Ecuador), CUIT / CUIL (Argentina), NIT (Colombia): a tax number, a person's on a person.
        b.Terms("Financial.TaxId", Weak, Number, "nif", "cif", "rfc", "número fiscal", "identificación fiscal", "ruc", "cuit",
            "cuil", "nit");
        // A person's finances as a lender or an insurer reads them (sixteenth round): income and expenses, a mortgage's or a rent's
        // payment. Weak: on a person's record, or with a person word in the name (IngresoDeudor); a firm's or a flat's are not.
        b.Terms("Financial", Weak, Number, "ingreso", "ingresos", "ingreso mensual", "ingresos mensuales", "ingreso anual",
            "gastos", "gastos mensuales", "egresos", "egresos mensuales", "pago hipoteca", "pago de hipoteca", "pago alquiler", "pago de alquiler");
        // A person's own money (nineteenth round): a balance, a wallet, earnings, debts, savings. Weak: a customer's, an account
        // holder's or a driver's on a person's record or on a row that belongs to one (a customer's Account, a borrower's loan
        // application: TypeOwners); a company's balance, a shop's takings and a report's totals are no one's.
        b.Terms("Financial", Weak, Number, "saldo", "deuda", "deudas", "ahorros", "ganancias", "billetera", "monedero",
            "puntaje crediticio", "puntaje de crédito");
        // A period's opening or closing balance is the books' (a till's, a ledger's: CaixaDTO.SaldoFinal), not anyone's money.
        b.Words(WordRole.NotPersonal, "saldo inicial", "saldo final", "saldo de apertura", "saldo de cierre");

        b.Terms("Online.IpAddress", Strong, Text, "dirección ip", "direccion ip");
        b.Terms("Online.Username", Strong, Text, "nombre de usuario", "nombre usuario");
        b.Terms("Credentials.Password", Strong, Binary, "contraseña", "contrasena", "clave de acceso",
            // "Ñ" written "ni" where an identifier cannot hold it (Empleado.Contrasenia).
            "contrasenia");
        // The password typed twice, and the current and new one of a change (see the English words; thirty-first round).
        b.Terms("Credentials.Password", Strong, Binary, "repetir contraseña", "repetir contrasena", "confirmar contraseña",
            "confirmar contrasena", "contraseña repetida", "repetir clave", "confirmar clave", "clave actual", "nueva clave");
        // A reset key or token lets its holder set a person's password.
        b.Terms("Credentials.Secret", Strong, Binary, "clave de restablecimiento", "token de restablecimiento",
            "código de restablecimiento",
            // The link sent to reset a password: it carries the reset token (twenty-seventh round; see the English words).
            "enlace de restablecimiento", "enlace restablecimiento", "link de restablecimiento", "link restablecimiento",
            "enlace restablecer contraseña", "enlace recuperar contraseña",
            // The Token of a request to reset a password, read member first with its type's name (RestablecerContrasenaRequest.Token).
            "token restablecer contraseña", "token recuperar contraseña", "código restablecer contraseña", "código recuperar contraseña");
        b.Terms("Credentials.Secret", Weak, Binary, "pregunta secreta", "clave");

        b.Terms("Content.Message", Weak, Text, "mensaje", "asunto", "consulta", "observaciones", "observación", "observacion",
            "motivo", "indicación", "indicaciones");
        // A teacher's appreciation of a pupil's work (thirty-first round; see the English words).
        b.Terms("Content.Feedback", Weak, Text, "apreciación", "apreciaciones", "comentario docente");
        b.Terms("Content.Feedback", Weak, Text, "comentario", "opinión", "reseña", "queja", "reclamación");
        // Twenty-ninth round: a review's opinion in parts (see the English words).
        b.Terms("Content.Feedback", Weak, Text, "contras", "aspectos positivos", "aspectos negativos", "puntos positivos",
            "puntos negativos", "puntos fuertes", "puntos débiles", "ventajas", "desventajas");
        // A complaint's title (see the English words), head first.
        b.Terms("Content.Feedback", Strong, Text, "título queja", "título de la queja", "título reclamación", "asunto queja");
        b.Terms("Employment", Weak, Number, "salario", "sueldo", "empleador", "puesto de trabajo");
        // An employee's pay rates (see the English list).
        b.Terms("Employment", Weak, Number | Text, "tarifa por hora", "tarifa hora", "pago por hora", "valor hora", "valor hora extra",
            "tarifa hora extra", "salario por hora");
        // A worker's employment record (fifteenth round): contract start and end, base and real pay, hours worked, whether
        // the person was dismissed, a CV's parts (experience, qualifications, skills); Portuguese spells "contrato inicio", "salario real",
        // "habilidades", "experiencias", "competencias" the same way.
        b.Terms("Employment", Weak, Date, "inicio de contrato", "fin de contrato", "contrato inicio", "contrato fin",
            "fecha inicio contrato", "fecha fin contrato");
        b.Terms("Employment", Weak, Number, "sueldo base", "salario real", "horas trabajadas", "horas extra");
        // An employee master record's pay grade and number (see the English words), weak.
        b.Terms("Employment", Weak, Number, "grado salarial", "categoría salarial", "número de empleado", "numero empleado",
            "nro empleado");
        b.Terms("Employment", Weak, Date | Text, "inicio de turno", "fin de turno", "horario de trabajo", "horario laboral");
        b.TermsOnePerPerson("Employment", Weak, Bool | Date, "despedido");
        b.TermsOnePerPerson("Employment", Weak, Text, "experiencia laboral", "experiencias", "habilidades", "competencias",
            "cualificaciones", "titulaciones", "formación académica");
        // Thirtieth round: a professional's profile (see the English words): the experience, its years, the rating received.
        b.TermsOnePerPerson("Employment", Weak, Text, "experiencia");
        b.Terms("Employment", Weak, Number | Text, "años de experiencia", "experiencia años");
        // Thirty-second round: a job candidate's profile (see the English words).
        b.TermsOnePerPerson("Employment", Weak, Number | Text, "experiencia total", "experiencia relevante", "preaviso",
            "periodo de preaviso");
        b.TermsOnePerPerson("Identity", Weak, Number | Text | Enum, "tipo de visa");
        b.TermsOnePerPerson("Employment", Weak, Number, "calificación", "valoración", "puntuación", "calificación promedio",
            "valoración media");
        b.Terms("Employment", Weak, Date, "fecha de ingreso", "fecha de contratación");
        // Thirtieth round: the year a person was hired (see the English words; "anio" is "año" without the tilde).
        b.Terms("Employment", Weak, Number | Date, "año de ingreso", "año de contratación", "anio ingreso", "anio contratacion");

        // When a person was registered and left (FechaAlta, FechaBaja: of an employee, a professional, a patient), hired,
        // dismissed: dates of that person's relation, on a person only (a product's FechaAlta is the date it was added).
        b.Terms("Employment", Weak, Date, "fecha de alta", "fecha alta", "fecha de baja", "fecha baja", "fecha de egreso",
            "fecha de despido", "fecha de renuncia", "fecha de cese");
        // An employee's file: a disciplinary measure, retirement, time served (twenty-eighth round; see the English words).
        b.Terms("Employment", Weak, Date, "medida disciplinaria", "sanción disciplinaria", "fecha de jubilación",
            "tiempo de servicio");

        // A payslip's figures and an employee's file number (Argentina's legajo), seniority, on an employee's record.
        b.Terms("Employment", Weak, Number, "sueldo bruto", "sueldo neto", "salario bruto", "salario neto",
            "anticipo de sueldo", "adelanto de sueldo", "horas extras", "número de legajo");
        b.TermsOnePerPerson("Employment", Weak, Number, "bonificación", "comisiones", "deducciones", "retenciones", "aguinaldo",
            "antigüedad", "legajo");
        // A payroll's allowance and deduction lines (twenty-eighth round: SistemaNomina's Nomina.Bonificaciones, Descuentos;
        // see the English words); Portuguese lists "descontos" alike.
        b.TermsOnePerPerson("Employment", Weak, Number, "bonificaciones", "descuentos", "subsidio de transporte",
            "auxilio de transporte", "subsidio de vivienda");
        // A pay statement's social-insurance lines (twenty-second round; see the English words).
        b.Terms("Employment", Weak, Number, "aporte jubilatorio", "aportes jubilatorios", "aporte patronal", "aportes patronales",
            "cuota obrera", "cuota patronal", "retención irpf", "retencion irpf", "cotización seguridad social",
            "descuento seguridad social");
        // (Portuguese "horas extras" is the same phrase.)

        // A health insurer's member number (número de afiliado de la obra social / prepaga) identifies the insured person.
        b.Terms("Identity", Strong, Text | Number, "número de afiliado", "numero afiliado", "nro afiliado", "número de socio",
            "numero socio", "nro socio", "código de socio");

        // A wound or an injury (thirty-first round; see the English words).
        b.Terms("Special.Health", Strong, Special, "herida", "heridas", "lesión", "lesiones");

        // The reason for a medical visit (motivo de consulta; Portuguese "motivo da consulta" folds the same): what the patient
        // complains of; a patient's history, chronic illnesses, surgeries, hospital stays and prescriptions.
        b.Terms("Special.Health", Strong, Special, "motivo de consulta", "receta médica", "medicamento recetado",
            "antecedentes médicos", "enfermedades crónicas", "enfermedad crónica", "cirugías", "intervención quirúrgica",
            "internación", "hospitalización");

        // Where a person's photo is kept (RutaFoto).
        b.Terms("Identity.Photo", Weak, Text | Binary, "ruta foto", "ruta de la foto");

        // The details by which a person is reached, kept as one object (Persona.DatosContacto): a holder of contact details.
        b.Terms("Contact", Weak, Text, "datos de contacto", "datos contacto");

        // "Datos personales" at the head of a type name: the person's record.
        b.Words(WordRole.Subject, "datos personales");

        // A person's eyesight (see the English words).
        b.Terms("Special.Health", Strong, Number | Special, "agudeza visual", "distancia pupilar", "distancia interpupilar",
            "presión intraocular", "queratometría", "receta óptica", "graduación visual");
        b.Terms("Special.Health", Weak, Special, "salud", "historial médico", "tratamiento");
        // What a medical examination or a laboratory found (ExamenMedico.Resultado read with its type's name): with "médico"
        // the health field whatever the type; without, on a person's record (a school's exam is also an "examen").
        b.Terms("Special.Health", Strong, Number | Special, "resultado de examen médico", "resultados de exámenes médicos",
            "resultado de análisis clínico", "resultados de análisis clínicos");
        b.Terms("Special.Health", Weak, Number | Special, "resultado de examen", "resultados de exámenes",
            "resultado de análisis", "resultados de análisis");
        // A laboratory's result named in full (thirtieth round; see the English words).
        b.Terms("Special.Health", Weak, Number | Special, "resultado de laboratorio", "resultados de laboratorio",
            "resultado laboratorio", "resultados laboratorio", "análisis de sangre");
        // An advance directive, palliative care, the degree of dependency (thirty-third round; see the English words).
        b.Terms("Special.Health", Weak, Number | Special, "voluntades anticipadas", "voluntad anticipada", "instrucciones previas",
            "testamento vital", "no reanimar", "orden de no reanimar", "paliativo", "paliativos", "cuidados paliativos");
        b.TermsOnePerPerson("Special.Health", Weak, Number | Special, "grado de dependencia", "nivel de dependencia");
        // Exempt from the co-payment (thirty-third round; see the English words).
        b.Terms("Financial", Weak, Number | Special, "exención de copago", "exento de copago", "exenta de copago",
            "exento copago");
        // A clinical history, a treatment plan, a dental chart (odontograma) describe a patient's health wherever they are.
        // A hospital's discharge summary: the patient's stay, findings and treatment (twenty-fourth round; in every built-in language).
        b.Terms("Special.Health", Strong, Special, "resumen de alta", "resumen alta", "informe de alta", "informe alta", "epicrisis");
        b.Terms("Special.Health", Strong, Special, "historial clínico", "historia clínica", "plan de tratamiento", "plan tratamiento",
            "historia médica", "historia medica",
            "enfermedad", "diagnóstico", "discapacidad", "alergia", "persona con discapacidad");
        // A person has one blood type (thirtieth round; see the English words; "tipo de sangre" below already was).
        b.TermsOnePerPerson("Special.Health", Strong, Special, "grupo sanguíneo");
        // Allergic, the adjective (twenty-second round; see the English words; also the Portuguese words).
        b.Terms("Special.Health", Strong, Special, "alérgico", "alérgica", "alérgicos", "alérgicas", "ingredientes alérgicos");
        // A medical history's conditions and findings (twenty-second round; see the English words; "diabetes" is listed in
        // English, "epilepsia", "asma", "anestesia", "drogas" here for Portuguese too).
        b.Terms("Special.Health", Strong, Special, "hipertensión", "hipertenso", "hipertensa", "asma", "asmático", "epilepsia",
            "epiléptico", "cardiopatía", "enfermedad cardíaca", "tuberculosis", "enfermedad de transmisión sexual",
            "enfermedades de transmisión sexual", "embarazo", "embarazada", "examen físico", "diabético", "diabética");
        b.Terms("Special.Health", Weak, Special, "fiebre", "anestesia", "drogas", "fumador", "fumadora", "cicatrización", "ets",
            "restricciones alimentarias", "restricción alimentaria");
        b.Terms("Special.Health", Strong, Special | Binary, "odontograma");
        // A diagnosis coded in the classification of diseases, CIE-10 (twenty-seventh round; see the English words).
        b.Terms("Special.Health", Strong, Special, "cie 10", "cie10", "cie 11", "cie11", "código cie", "codigo cie", "código cie 10");
        b.Terms("Special.Biometric", Strong, Special | Binary, "huella dactilar", "huella digital", "datos biométricos");
        b.Terms("Special.RacialOrEthnicOrigin", Strong, Special, "origen étnico", "etnia", "grupo étnico", "pertenencia étnica",
            "etnicidad");

        // "Raza" is also an animal's breed (Mascota.Raza, a Raza lookup): on a person only.
        b.TermsOnePerPerson("Special.RacialOrEthnicOrigin", Weak, Special, "raza");
        b.Terms("Special.PoliticalOpinion", Strong, Special, "opinión política", "afiliación política", "partido político",
            "afiliación partidaria", "militancia política", "ideología política");
        b.Terms("Special.ReligiousBelief", Strong, Special, "religión", "creencia religiosa");

        // Religious affiliation and the rites that reveal it (see the English list). Crisma (confirmation, also the holy oil),
        // comunión, matrimonio, parroquia, iglesia, pastoral, diezmo only beside a strong one; "confirmación" is left out (a
        // booking's).
        b.Terms("Special.ReligiousBelief", Strong, Special, "confesión religiosa", "afiliación religiosa", "diezmista");
        b.Terms("Special.ReligiousBelief", Strong, Special | Number | Date, "bautismo", "bautizo", "bautizado", "primera comunión",
            "eucaristía", "matrimonio religioso", "matrimonio eclesiástico");
        b.Terms("Special.ReligiousBelief", Weak, Special | Number | Date, "comunión", "crisma", "matrimonio", "sacramento",
            "sacramentos", "parroquia", "iglesia", "congregación", "pastoral", "diezmo");

        b.Terms("Special.TradeUnion", Strong, Special, "sindicato", "afiliación sindical", "sindicalizado", "cuota sindical");
        // A health professional's registration (see the English and Portuguese lists): a colegiado's number, a
        // professional registration; one per person, weak.
        b.TermsOnePerPerson("Identity", Weak, Number, "número de colegiado", "numero colegiado", "matrícula profesional",
            "registro profesional", "tarjeta profesional");
        // A pupil's or a student's number (see the English and German words); a voter's credential is listed with the ids.
        b.Terms("Identity", Strong, Number, "número de alumno", "numero alumno", "número de estudiante", "numero estudiante",
            "código de alumno", "codigo alumno", "código de estudiante", "codigo estudiante");
        b.Terms("Special.SexLife", Strong, Special, "orientación sexual", "preferencia sexual", "vida sexual", "identidad sexual");

        // Vulnerable populations on a citizen's record (see the English list): pueblo indígena, población LGTBI, migrante,
        // habitante de calle, víctima del conflicto armado, defensor de derechos humanos (DH).
        b.Terms("Special.RacialOrEthnicOrigin", Strong, Special, "pueblo indígena", "pueblos indígenas", "comunidad indígena",
            "población indígena", "afrodescendiente");
        b.Terms("Special.RacialOrEthnicOrigin", Weak, Special, "indígena");
        b.Terms("Special.SexLife", Strong, Special, "población lgbti", "población lgtbi", "población lgbt");
        b.Terms("Identity", Strong, Special, "víctima conflicto armado", "víctima del conflicto armado", "defensor derechos humanos",
            "defensora derechos humanos", "defensores derechos humanos", "defensor dh", "defensora dh", "defensoras dh",
            "defensores dh", "habitante de calle", "habitantes de calle", "situación de calle");
        b.Terms("Identity", Weak, Special, "migrante", "inmigrante", "refugiado", "refugiada", "sin hogar", "conflicto armado");
        b.Terms("Criminal", Strong, Special, "antecedentes penales", "condena", "condenas", "antecedentes criminales",
            "antecedentes judiciales", "antecedentes policiales", "certificado de antecedentes");
        // People in criminal proceedings, how they look, and a pay statement (twenty-second round; see the English words).
        b.Words(WordRole.Subject, "sospechoso", "sospechosa", "sospechosos", "víctima", "víctimas", "acusado", "acusada",
            "imputado", "imputada", "recluso", "reclusa", "reclusos", "detenido", "detenida", "detenidos", "delincuente",
            "infractor", "infractora");
        b.Terms("Identity", Weak, Text, "apariencia física", "descripción física", "rasgos físicos", "señas particulares");
        // The description's parts (thirty-third round; see the English words): hair and eye colour, build.
        b.TermsOnePerPerson("Identity", Weak, Text | Enum, "color de pelo", "color pelo", "color de cabello", "color cabello",
            "color del pelo", "color del cabello", "color de ojos", "color ojos", "color de los ojos", "complexión", "contextura",
            "contextura física");
        b.Words(WordRole.Subject, "recibo de sueldo", "recibo sueldo", "recibo de nómina", "recibo nomina", "boleta de pago",
            "colilla de pago", "liquidación de sueldo", "liquidacion sueldo");

        // Language parity, class by class (tenth round): a full name (as strong as the English one), given names in the
        // plural as Latin America writes them (Nombres, Apellidos), parents' names; identity cards and voter credentials;
        // birth written short; a device; a one-time code; free text (Texto, Contenido, Notas), a cancellation's reason, a
        // cover letter and a CV; a job (Puesto, Ocupación, Profesión); a blood type.
        b.Terms("Identity.Name", Strong, Text, "nombre completo", "nombres", "apellido paterno", "apellido materno",
            "nombres y apellidos", "nombre del padre", "nombre de la madre", "nombre padre", "nombre madre",
            "nombre del titular", "titular de la cuenta", "titular de la tarjeta");
        b.Terms("Identity.Name", Weak, Text, "apodo", "contacto de emergencia");
        // Who decides for the person and who treats them (thirty-third round; see the English words).
        b.Terms("Identity.Name", Weak, Text, "tutor legal", "tutora legal", "curador", "curadora", "médico de cabecera",
            "médico de familia", "médico tratante");
        // The name a person goes by (ConocidoComo), when they were last active or connected (UltimaConexion,
        // UltimaActividad), what they write of themselves (SobreMi): a profile's own words (thirty-third round).
        b.Terms("Identity.Name", Weak, Text, "conocido como");
        b.Terms("Usage.Activity", Weak, Date | Text, "última conexión", "última actividad");
        b.Terms("Content.Publication", Weak, Text, "sobre mí");
        // A person's kinship to another (see the English words): weak, on a person's type only.
        b.TermsOnePerPerson("Identity", Weak, Text, "parentesco", "relación de parentesco", "grado de parentesco");
        // The spouse (see the German words): a person word, read as a name alone (IsPersonNoun). Not a name term: a term
        // here would take the head from the term before it (FechaNacimientoEsposo is the groom's birth date).
        b.Words(WordRole.Subject, "esposo", "esposa");
        // Godparents and witnesses of a sacrament, a speaker (see the English words).
        b.Words(WordRole.Subject, "padrino", "madrina", "testigo", "ponente", "orador");
        // The clergy and a health professional (see the English words); "sacerdote" and "presbítero" are Portuguese too.
        b.Words(WordRole.Subject, "párroco", "profesional sanitario", "profesional de salud", "profesional de la salud");
        // Sixteenth round: a person's words as Hungarian-notation schemas abbreviate them, whole words of a split name only
        // (cApePatCiud, cCelCond, cCorEleAdm, cDireccCond, cNumDirecCiud): the paternal and maternal surname, a mobile, an
        // e-mail, an address and a document number. Unambiguous as pairs; the one-word ones are a person's on a person only
        // ("cel" and "direc" are Portuguese too: listed once).
        b.Terms("Identity.Name", Strong, Text, "ape pat", "ape mat", "ape paterno", "ape materno", "apell pat", "apell mat");
        b.Terms("Contact.Email", Strong, Text, "cor ele", "corr ele", "corr elec", "correo ele", "correo elec");
        b.TermsOnePerPerson("Contact.Phone", Weak, Number, "cel", "num cel", "nro cel");
        b.TermsOnePerPerson("Contact.Address", Weak, Text, "direcc", "direc", "num direc", "nro direc", "num direcc");
        b.TermsOnePerPerson("Identity.NationalId", Weak, Number, "num doc", "nro doc");
        b.Terms("Identity.NationalId", Always, Number, "cédula de identidad", "número de cédula", "numero cedula",
            "carnet de identidad", "credencial de elector", "clave de elector", "nro documento", "nro de documento",
            "num documento", "numero de dni", "nro dni");
        // National ids of the Spanish-speaking countries under their own abbreviations (thirteenth round, from the countries'
        // lists of identity documents): El Salvador's DUI, Chile's RUN beside its RUT, Colombia's NUIP, cédula de ciudadanía and
        // tarjeta de identidad, a foreigner's cédula or carné de extranjería, Guatemala's DPI and CUI, Mexico's INE voter
        // credential. The short ones that are other words too are a person's only on a person: DPI (dots per inch), RUN (a
        // job's run), CI (Bolivia's, Uruguay's, Venezuela's cédula de identidad; continuous integration), INE. Colombia's CC
        // (cédula de ciudadanía) only with "número": alone it is a mail's copy recipients (QueuedEmail.CC) far more often.
        b.Terms("Identity.NationalId", Strong, Number, "dui", "número de dui", "numero dui", "documento único de identidad",
            "nuip", "rol único nacional", "cédula de ciudadanía", "tarjeta de identidad", "cédula de extranjería",
            "carné de extranjería", "carnet de extranjeria", "credencial ine", "clave ine", "documento personal de identificación",
            "código único de identificación", "número de cc", "numero cc", "nro cc");
        b.TermsOnePerPerson("Identity.NationalId", Weak, Number, "dpi", "run", "ci", "ine");
        b.Terms("Identity.DateOfBirth", Always, Date, "fecha nac", "fec nac", "f nacimiento", "fecha de nac");
        b.Terms("Contact.Phone", Strong, Number, "teléfono fijo", "telefono fijo", "teléfono móvil", "telefono casa",
            "número de celular", "nro telefono", "tel fijo");
        b.Terms("Contact.Address", Weak, Text | Number, "numero de casa", "número de calle");
        b.Terms("Contact.Address", Weak, Text | Number, "número de edificio", "numero edificio");
        // A flat's number (see the English list), weak.
        b.Terms("Contact.Address", Weak, Text | Number, "número de apartamento", "numero apartamento", "apartamento", "nro apartamento",
            "número de piso");
        b.Terms("Contact.Address", Strong, Text, "dirección del pedido", "direccion pedido", "dirección de la orden", "direccion orden");
        b.Terms("Financial.BankAccount", Strong, Number, "cbu", "cvu", "alias cbu", "número de cbu");
        b.Terms("Online.DeviceId", Strong, Guid, "id dispositivo", "id del dispositivo", "token dispositivo",
            "token del dispositivo", "identificador del dispositivo");
        b.Terms("Online.UserAgent", Strong, Text, "navegador");
        // Twenty-ninth round: a one-time code, head first (CodigoOtp, CodigoTotp, CodigoSms).
        b.Terms("Credentials.Secret", Strong, Binary, "código otp", "código totp", "código sms", "código de un solo uso");
        b.Terms("Credentials.Secret", Strong, Binary, "código de verificación", "codigo verificacion", "código de recuperación",
            "respuesta secreta", "token de acceso");
        b.Terms("Content.Feedback", Weak, Text, "texto", "contenido");
        b.Terms("Content.Message", Weak, Text, "notas", "nota adicional", "comentarios adicionales", "propuesta", "detalles");
        b.Terms("Content.Message", Strong, Text, "motivo de cancelación", "motivo cancelacion", "motivo de la cancelación",
            "motivo de ausencia", "motivo de la ausencia", "motivo de baja", "carta de presentación", "carta presentacion",
            "mensaje privado", "mensaje personal");
        b.TermsOnePerPerson("Employment", Strong, Text | Binary, "hoja de vida", "currículum", "curriculum", "url curriculum",
            "url cv", "url hoja de vida");
        b.TermsOnePerPerson("Employment", Weak, Text, "puesto", "ocupación", "profesión");
        b.TermsOnePerPerson("Special.Health", Strong, Special, "tipo de sangre", "tipo sanguíneo", "factor rh");
        b.Terms("Special.Health", Weak, Number | Special, "presión arterial", "antecedentes");
        // Vital signs (fifteenth round; see the English words). "Ritmo cardíaco", "pulso" and "temperatura corporal" are
        // also Portuguese.
        b.Terms("Special.Health", Weak, Number | Special, "ritmo cardíaco", "frecuencia cardíaca", "pulso",
            "frecuencia respiratoria", "saturación de oxígeno", "temperatura corporal");
        // Laboratory results (thirtieth round; see the English words). The words Spanish shares with Portuguese and Romanian
        // (hemoglobina, leucocitos, plaquetas, colesterol, creatinina, bilirrubina, hemograma) are listed here once.
        b.Terms("Special.Health", Weak, Number, "glucemia", "glucosa en sangre", "glucosa", "hemoglobina", "hematocrito",
            "eritrocitos", "glóbulos rojos", "leucocitos", "glóbulos blancos", "plaquetas", "trombocitos", "neutrófilos",
            "linfocitos", "monocitos", "eosinófilos", "basófilos", "colesterol", "colesterol total", "colesterol hdl",
            "colesterol ldl", "triglicéridos", "creatinina", "ácido úrico", "bilirrubina", "calcio", "magnesio", "potasio",
            "sodio", "hierro sérico", "ferritina", "hemoglobina glicosilada", "proteína c reactiva", "velocidad de sedimentación",
            "hemograma", "tgo", "tgp");
        // Organ donation (thirtieth round; see the English words).
        b.TermsOnePerPerson("Special.Health", Weak, Number | Enum, "órgano necesario", "órgano requerido", "tipo de órgano", "tipo órgano",
            "órgano donado", "órgano a donar", "trasplante de órgano");
        // A blood bank's stock of a component (see the English words).
        b.Words(WordRole.NotPersonal, "cantidad plaquetas", "cantidad de plaquetas", "cantidad glóbulos rojos",
            "cantidad de glóbulos rojos", "unidades plaquetas", "unidades de plaquetas");
        // A person's height and weight on a health record (FichaMedica.Estatura): weak, the person's type decides.
        b.Terms("Special.Health", Weak, Number | Special, "peso", "peso corporal", "altura", "estatura", "imc",
            "índice de masa corporal");
        // Body composition and energy use (twenty-third round; see the English words).
        b.Terms("Special.Health", Weak, Number | Special, "grasa corporal", "porcentaje de grasa", "tasa metabólica basal",
            "metabolismo basal", "masa muscular", "perímetro de cintura", "circunferencia de cintura", "perímetro abdominal");
        // A picture's or a file's own height or weight (Foto.Altura, Imagen.Peso, read with the type's name).
        b.Words(WordRole.NotPersonal, "altura foto", "altura imagen", "altura fotografía", "peso foto", "peso imagen",
            "peso archivo", "peso fotografía");
        b.Terms("Identity", Weak, Number, "número de hijos", "numero hijos");

        // "Latitud" is a coordinate; "longitud" stays a meta word (a length more often than a longitude in Spanish code).
        b.Terms("Location.Precise", Strong, Number, "latitud", "coordenadas gps");
        b.Terms("Location.Precise", Strong, Text, "lugar de recogida", "ubicación de recogida");

        b.Words(WordRole.Subject, "cliente", "usuario", "persona", "empleado", "paciente", "miembro", "suscriptor", "contacto",
            "alumno", "estudiante", "visitante", "comprador", "socio", "inquilino", "solicitante", "ciudadano", "huésped",
            "médico", "medico", "doctor", "odontólogo", "odontologo", "dentista", "enfermero", "enfermera", "tutor",
            "cajero", "cajera", "candidato", "candidata");
        // A lender's borrower and co-borrower, an insurer's policy holder, a dependant (sixteenth round).
        b.Words(WordRole.Subject, "prestatario", "prestataria", "codeudor", "codeudora", "tomador", "tomadora", "dependiente",
            "dependientes");
        // The parties of a lease and its guarantor (see the English words; "inquilino" is above; "fiador" is listed with the
        // Portuguese words, spelt the same). Not "arrendadora" (also a leasing company) nor "casero" (also home-made).
        b.Words(WordRole.Subject, "arrendador", "arrendatario", "arrendataria", "avalista");
        // A loan or credit application is one applicant's request (nineteenth round): its credit score, debts and income are
        // the applicant's, as a donation's are the donor's. Not "application" alone (a program).
        b.Words(WordRole.Subject, "solicitud de préstamo", "solicitud prestamo", "solicitud de crédito", "solicitud credito",
            "solicitudes de préstamo", "solicitudes de crédito");

        // More persons: a teacher, a driver, a passenger, an owner, an insured or affiliated person, a receptionist, an
        // applicant, a guest, a sender, a guardian (Colombia's acudiente), a spouse.
        b.Words(WordRole.Subject, "profesor", "profesora", "docente", "conductor", "chofer", "pasajero",
            "propietario", "dueño", "beneficiario", "afiliado", "asegurado", "recepcionista", "postulante", "aspirante",
            "invitado", "participante", "remitente", "acudiente", "cónyuge", "empleada", "alumna");
        // Thirtieth round: a delivery's people (see the English words).
        b.Words(WordRole.Subject, "repartidor", "repartidora", "mensajero", "mensajera", "despachador", "despachadora",
            // A school's former students (see the English words).
            "egresado", "egresada", "exalumno", "exalumna");

        // Children (a daycare's, a school's). Not "niño": it folds to "nino", the UK's national insurance number.
        b.Words(WordRole.Subject, "hijo", "hija", "hijos", "infante", "bebé", "menor de edad");
        // People named by their trade or office (fourteenth round; see the English list): a recruiter, a judge, a lawyer, a
        // notary, a trainer, a carer, a guardian (acudiente, apoderado). Not "mecánico" nor "técnico": also adjectives after
        // a noun (TallerMecanico, SoporteTecnico, InformeTecnico); not "contador" (a counter), nor "maestro" (master data).
        b.Words(WordRole.Subject, "reclutador", "reclutadora", "juez", "jueza", "abogado", "abogada", "notario",
            "instructor", "entrenador", "entrenadora", "terapeuta", "psicólogo", "psicóloga", "farmacéutico",
            "farmacéutica", "veterinario", "cuidador", "cuidadora", "niñera", "peluquero", "peluquera", "barbero",
            "electricista", "fontanero", "plomero", "carpintero", "mesero", "mesera", "camarero", "camarera", "asesor",
            "asesora", "consultor", "apoderado", "estilista");
        // An association's or a company's statutory auditor, a person (see the Romanian "cenzor"; thirty-fourth round).
        b.Words(WordRole.Subject, "revisor fiscal", "revisora fiscal");

        // Who leads a group of people (fifteenth round; see the English words); "líder" is also Portuguese and Romanian.
        b.Words(WordRole.Subject, "líder");


        // People named by the role they take toward a service (thirteenth round): an adopter, a donor (of money, of blood).
        b.Words(WordRole.Subject, "adoptante", "donante", "donador", "donadora");

        // A donation is one donor's gift (see the English "donation").
        b.Words(WordRole.Subject, "donación", "donacion");

        b.Words(WordRole.Owner, "producto", "artículo", "categoría", "archivo", "carpeta", "empresa", "compañía", "compania",
            "sociedad", "organización", "banco", "servidor", "proyecto", "plantilla", "tienda", "proveedor", "sucursal",
            // An association, an event (Portuguese spells it the same): not a person (Evento.Latitude).
            "asociación", "fundación", "evento",
            // A team (equipo), as a club is: an organisation (twenty-eighth round; "club" is the English word).
            "equipo",
            // A centre (centro de salud, centro educativo; Portuguese spells it the same): an institution.
            "centro");

        // A doctor's practice (consultorio), a clinic, a hospital, a law firm (bufete): organisations (see the English words).
        b.Words(WordRole.Owner, "consultorio", "clínica", "hospital", "bufete", "despacho de abogados");

        // An establishment, a place of business (see the English words; twenty-ninth round). "Hotel" is the English word.
        b.Words(WordRole.Owner, "restaurante", "restaurantes", "iglesia", "iglesias", "museo", "teatro", "cine", "hostal",
            "establecimiento", "establecimientos");

        // A pharmacy, a laboratory (see the English words; eighteenth round). A farmacéutico stays a person.
        b.Words(WordRole.Owner, "farmacia", "farmacias", "droguería", "laboratorio", "laboratorios");

        // A school, a kindergarten, a court (see the English words; nineteenth round).
        b.Words(WordRole.Owner, "escuela", "guardería", "tribunal", "juzgado");

        // A course, an election (see the English words; thirty-fourth round). Portuguese spells "curso" the same.
        b.Words(WordRole.Owner, "curso", "cursos", "elección", "elecciones", "inventario");
        // A clinical trial (see the English words). Not "ensayo" alone: a student's essay is their writing.
        b.Words(WordRole.Owner, "ensayo clínico", "ensayos clínicos", "estudio clínico", "estudios clínicos");

        // A property for sale or rent (see the English words; twenty-fifth round).
        b.Words(WordRole.Owner, "inmueble", "inmuebles", "propiedad", "vivienda");

        b.Words(WordRole.Meta, "tipo", "longitud", "formato", "confirmado", "verificado", "plantilla", "política", "cantidad");

        // The kind of a document (a lookup of DNI, pasaporte…), not anyone's document: TipoDocumento.Nombre, IdTipoDocumento.
        b.Words(WordRole.NotPersonal, "tipo de documento", "tipo documento");

        b.Words(WordRole.Technical, "configuración", "configuracion", "ajustes", "opciones", "parámetros", "parametros",
            "filtro", "filtros", "criterio", "criterios", "criterios de búsqueda");
    }
}
