namespace PrivacyAnalyzers.Vocabulary;

internal static partial class BuiltInVocabulary
{
    private static void AddEnglish(VocabularyBuilder b)
    {
        // Identity
        b.Terms("Identity.Name", Weak, Text, "name", "display name", "nickname", "nick name", "title");
        // The name a person goes by on a profile (AppUser.KnownAs, MemberDto.KnownAs: thirty-third round), a nickname's
        // other word; weak, a person's on a person's record.
        b.Terms("Identity.Name", Weak, Text, "known as");
        // "Nick" alone, the nickname's short form, as English code and Spanish, Portuguese, French and German code borrowing it
        // write it (Usuario.Nick, Membre.Nick; thirty-fourth round): weak, a person's on a person's record; each language's
        // own word (apodo, apelido, pseudo, Spitzname, poreclă) is listed with its names.
        b.Terms("Identity.Name", Weak, Text, "nick");
        b.Terms("Identity.Name", Strong, Text, "first name", "firstname", "last name", "lastname", "surname", "given name",
            "family name", "middle name", "maiden name", "forename", "fullname", "full name", "cardholder name");
        // The name parts of vCard's N property and schema.org's honorificPrefix/honorificSuffix, and the short forms of
        // first, last and middle name (fname, lname, mname): one per person, weak ("fname" is a file's name elsewhere).
        b.Terms("Identity.Name", Weak, Text, "honorific prefix", "honorific suffix", "name prefix", "name suffix",
            "additional name", "additional names");
        b.TermsOnePerPerson("Identity.Name", Weak, Text, "fname", "lname", "mname");
        // The patronymic, the middle name of Russian, Ukrainian, Bulgarian and Icelandic names (Patient.Patronymic,
        // AppointmentDto.DentistPatronymic; twenty-fifth round): a name part as strong as a middle name, in every language.
        b.Terms("Identity.Name", Strong, Text, "patronymic", "patronymic name");
        // A contact person is a natural person on any record, a company's and a supplier's too (Supplier.ContactPerson):
        // the words name the person, as "contact" before "name" does (Supplier.ContactName).
        b.Terms("Identity.Name", Always, Text, "contact person", "contact persons");
        b.Terms("Identity.NationalId", Always, Number, "ssn", "social security number", "social security no", "national id",
            "national identification number", "national insurance number", "nino", "national identity number");
        b.Terms("Identity.NationalId", Weak, Number, "personal identification number", "personal number");

        // A person's (social or health) insurance number said without "social" or "health" (Student.InsuranceNumber,
        // StaffDTO.InsuranceNumber): in many countries the social-insurance number is the national one. Weak: on a person
        // only; a car's or a property's insurance number is a policy's. An identity card's number written as one word
        // (Student.Idcard) as "IdCard" already reads.
        b.Terms("Identity.NationalId", Weak, Number, "insurance number", "insurance no", "insurance nr");
        b.Terms("Identity.Document", Always, Number, "idcard", "idcard number", "idcard no");

        // Who pays a bill (RoomInvoiceDTO.PayerName beside PayerID): a person word, so a name after it is the payer's even
        // where the payer's key stands beside it (a room's or a building's name beside its key is the thing's).
        b.Words(WordRole.Subject, "payer");

        // A person's id number as European and Latin American code names it in English (Customer.PersonalId, a bank
        // customer's national id): "personal" before "id" says whose, which a surrogate key (CustomerId) does not.
        b.Terms("Identity.NationalId", Strong, Number, "personal id", "personal id number", "personal id no");

        // National numbers of large countries written in English-named code: India's Aadhaar (also spelt Aadhar), its
        // provident-fund account numbers (UAN, EPF, PF) and state-insurance number (ESIC), Pakistan's CNIC, Canada's social
        // insurance number, Nigeria's bank verification number, a US individual taxpayer number; a voter id.
        b.Terms("Identity.NationalId", Always, Number, "aadhaar", "aadhar", "aadhaar number", "aadhar number", "aadhaar no",
            "aadhar no", "aadhaar card", "aadhar card", "aadhaar card number", "aadhar card number", "uan number", "uan no",
            "universal account number", "epf number", "epf no", "epf account number", "pf number", "pf no",
            "pf account number", "provident fund number", "esic number", "esic no", "esi number", "cnic", "cnic number",
            "cnic no", "social insurance number", "bvn", "bank verification number", "itin", "voter id", "voter id number");
        // A voter's card under its other names (twenty-fifth round): India's EPIC (elector's photo identity card), an
        // electoral card or roll number. "Voting id" is a voter's only on a person (Client.VotingId, Lawyer.VotingId): on a
        // ballot it is the key of a vote (Ballot.VotingId). A lawyer's bar or enrolment number, one per person, weak.
        b.Terms("Identity.NationalId", Always, Number, "voter card", "voter card number", "voter id card", "epic number",
            "epic no", "electoral card", "electoral card number", "electoral roll number", "elector id");
        b.TermsOnePerPerson("Identity.NationalId", Weak, Number, "voting id", "voting card", "voter number");
        b.TermsOnePerPerson("Identity", Weak, Number, "bar number", "bar no", "bar registration number",
            "bar enrollment number", "bar enrolment number", "enrollment number", "enrolment number");

        // Others of the same weight, written in English-named code: the UK's NHS number, US Medicare and Medicaid numbers,
        // Australia's tax file number, Singapore's NRIC, Poland's PESEL, the Dutch BSN, Sweden's personnummer, Italy's
        // codice fiscale (Spanish, French and Portuguese ids are in their own tables).
        b.Terms("Identity.NationalId", Always, Number, "nhs number", "nhs no", "medicare number", "medicaid number",
            "tax file number", "tfn", "nric", "pesel", "bsn", "burgerservicenummer", "personnummer", "codice fiscale");

        // The rest of the world's national numbers under their own names (thirteenth round, from the lists of national
        // identification numbers per country, not from one project): Malaysia's MyKad, Hong Kong's HKID, Croatia's OIB,
        // Bulgaria's EGN, the former Yugoslavia's JMBG and Slovenia's EMŠO, Turkey's T.C. Kimlik number, Ireland's PPS number,
        // Denmark's CPR number, Finland's henkilötunnus, Estonia's isikukood, Lithuania's asmens kodas, Latvia's personas kods,
        // the Czech and Slovak rodné číslo, Greece's AMKA, Norway's fødselsnummer, Korea's resident registration number,
        // Nigeria's NIN, Sri Lanka's NIC number, the Gulf's Emirates ID and iqama, Canada's SIN written short. None of them is
        // another English word.
        b.Terms("Identity.NationalId", Always, Number, "mykad", "my kad", "mykad number", "my kad number", "mykad no", "hkid", "hkid number", "hkid no",
            "oib", "egn", "jmbg", "emšo", "tc kimlik", "tc kimlik no", "kimlik no", "kimlik numarasi", "tckn", "tc no",
            "pps number", "pps no", "ppsn", "cpr number", "cpr nr", "cpr no", "henkilötunnus", "hetu", "isikukood",
            "asmens kodas", "personas kods", "rodné číslo", "rodne cislo", "amka", "fødselsnummer", "fodselsnummer",
            "resident registration number", "nin number", "nin no", "national identification no", "nic number", "nic no",
            "emirates id", "emirates id number", "iqama", "iqama number", "iqama no", "sin number", "sin no");
        // "NIN" alone (Nigeria's and Algeria's national identification number) is short: on a person only. So is "NIC" alone
        // (Sri Lanka's national identity card, Nic, NicNo; twenty-first round), also a network card: weak, so a Server's or
        // a VirtualMachine's Nic stays quiet.
        b.TermsOnePerPerson("Identity.NationalId", Weak, Number, "nin", "nic");
        // "NID" alone (the national identity card number of Bangladesh, Nepal, Sri Lanka: Employee.NID, Ticket.OwnerNID;
        // twenty-eighth round) is also a network interface's or a node's id: weak, on a person only, as "NIC" is.
        // Bangladesh's electronic taxpayer id (e-TIN: Employee.ETIN) names nothing else: a tax id, strong as "TIN number".
        b.TermsOnePerPerson("Identity.NationalId", Weak, Number, "nid", "nid number", "nid no");
        b.Terms("Financial.TaxId", Strong, Number, "tin number", "tin no", "taxpayer identification number", "etin", "e tin",
            "etin number", "etin no");

        // India's UPI id (name@bank): a person's payment address, as an account number is.
        b.Terms("Financial.BankAccount", Strong, Text, "upi id", "upi address", "vpa");

        // Caste (India): a person's social and ethnic origin, a special category as ethnicity is.
        b.Terms("Special.RacialOrEthnicOrigin", Strong, Special, "caste", "sub caste", "subcaste");

        // A scan or photo of an identity document, named after the document (AadharImage, PassportScan, IdCardCopy): the
        // document itself ("image" alone names a thing). Proofs of identity and address, as Indian forms ask for them.
        b.Terms("Identity.Document", Always, Text | Binary, "aadhaar image", "aadhar image", "aadhaar img", "aadhar img",
            "aadhaar photo", "aadhar photo", "aadhaar copy", "aadhar copy", "aadhaar front", "aadhaar back", "aadhar front",
            "aadhar back", "pan image", "pan img", "pan card image", "pan card img", "pan card copy", "pan photo",
            "passport image", "passport img", "passport photo", "passport scan", "passport copy", "id card image",
            "id card photo", "id card scan", "id card copy", "licence image", "license image", "id proof", "identity proof",
            "address proof", "id proof image", "address proof image");
        b.Terms("Identity.Document", Always, Number, "passport", "passport number", "passport no", "id card", "identity card",
            "id card number", "driving licence", "driving license", "drivers license", "driver license",
            "driving licence number", "driver license number");
        b.Terms("Identity.Document", Weak, Number, "id number", "identity document", "document number");
        // A person's id number written short (Patient.Idno, Nurse.IDNo; thirty-first round): on a person's type only.
        b.Terms("Identity.Document", Weak, Number, "id no", "idno", "id nr");
        // A foreign national's papers, as HR master records and immigration forms keep them (SAP HCM's work permit
        // infotype, HR Open Standards' right-to-work): a residence permit and a visa's number are the person's documents;
        // a work permit weak (a site's permit-to-work is a safety form's).
        b.Terms("Identity.Document", Strong, Number, "residence permit", "residence permit number", "residence card",
            "visa number", "visa no", "green card number", "alien registration number");
        b.Terms("Identity.Document", Weak, Number, "work permit", "work permit number");

        // A licence number on a person (a driver's, a user who drives: Driver.LicenseNumber, RegisterDriverDto.LicenseNumber)
        // is the person's driving licence; weak, so a company's or a product's licence number (an owner's type) and a
        // software licence's key stay quiet.
        b.TermsOnePerPerson("Identity.Document", Weak, Number, "license number", "licence number", "license no", "licence no");
        // Thirtieth round: the same licence named by its id (CustomerDetails.LicenseId, RegisterViewModel.LicenseId), one per
        // person as its number: a company's or a settings type's licence id (a software licence) is no one's.
        b.TermsOnePerPerson("Identity.Document", Weak, Number, "license id", "licence id", "driver license id",
            "driving licence id");
        // A health professional's registration (twenty-third round; the Portuguese CRM and COREN): a US provider's NPI, a
        // state registration id. One per person and weak: on a caregiver's or a physician's record, not on a clinic's lookup.
        b.TermsOnePerPerson("Identity", Weak, Number, "npi", "npi number", "national provider identifier", "state registration id",
            "state registration number");
        b.Terms("Identity.DateOfBirth", Always, Date, "date of birth", "birth date", "birthdate", "birthday", "birth day", "dob", "dateofbirth",
            "born on");
        // A date of birth kept as its year (VaccineAppointment.BirthYear, int YearOfBirth; twenty-first round): strong, so a
        // type that is plainly not a person's stays quiet.
        b.Terms("Identity.DateOfBirth", Strong, Number, "birth year", "birthyear", "year of birth", "yearofbirth");
        b.Terms("Identity", Always, Text, "place of birth", "birth place", "birthplace");

        // Death, as published person models record it (schema.org deathDate and deathPlace, vCard DEATHDATE, FHIR
        // Patient.deceased[x]): the date only a person's record keeps, strong (quiet on a type that is plainly not a
        // person's); whether someone has died and where, weak (a deceased flag elsewhere is a state).
        b.Terms("Identity", Strong, Date, "date of death", "death date", "deathdate", "died on", "deceased date",
            "deceased date time", "date deceased", "date of decease");
        b.Terms("Identity", Weak, Special, "deceased", "is deceased", "deceased boolean");
        b.Terms("Identity", Weak, Text, "place of death", "death place", "deathplace");
        b.Terms("Identity", Weak, Enum | Number, "age", "nationality", "citizenship", "marital status", "civil status",
            "stateless");

        // Marriage makes a date a person's (the marital status it records), as birth does.
        b.Terms("Identity", Weak, Date, "marriage date", "date of marriage", "wedding date", "wedding anniversary",
            // Twenty-ninth round: the same date named wedding-last (Member.DateOfWedding) or as an anniversary of marriage.
            "date of wedding", "marriage anniversary");
        // An anniversary kept on a person's record is a date of that person's life (Member.Anniversary: the wedding's, a
        // church register keeps it beside the birthday); weak, so a company's or a contract's anniversary stays quiet.
        b.Terms("Identity", Weak, Date, "anniversary", "anniversary date");

        // How a person is addressed (Mr, Ms, Dr): chosen by and for that person.
        b.Terms("Identity", Weak, Text, "salutation", "honorific");
        // The pronouns a person goes by (schema.org and vCard 4's GENDER identity text, many sign-up forms): what they
        // say of the person's gender, weak (a grammar's pronouns are a language's).
        b.Terms("Identity.Gender", Weak, Text, "pronouns", "preferred pronouns");

        // The dates and the class of a person's identity document are the document's data (what an expired passport says).
        b.Terms("Identity.Document", Strong, Date, "passport issue date", "passport expiry date", "passport expiration date",
            "passport expiry", "id card expiry date", "id card issue date", "licence expiry date", "license expiry date",
            "license expiration date", "licence issue date", "license issue date");
        b.TermsOnePerPerson("Identity.Gender", Always, Enum, "gender", "sex");
        // A sex kept as a flag named for one of its values (Student.IsMale, Person.Female): weak, on a person's record only
        // (a product's Male flag is a range's).
        b.TermsOnePerPerson("Identity.Gender", Weak, Special, "is male", "is female", "male", "female");
        b.Terms("Identity.Photo", Weak, Binary, "photo", "picture", "portrait", "selfie", "signature");
        // A profile picture and an avatar are an account's face wherever they are kept (RegisterDto.ProfilePicture, a chat
        // list's AvatarUrl; twenty-second round): strong, reported on a neutral type too; an owner's type (Company, Group,
        // Team, Channel) keeps them quiet. "Photo", "picture" and "image" alone stay weak (a product has pictures).
        b.Terms("Identity.Photo", Strong, Binary, "avatar", "profile picture", "profile photo");
        b.Terms("Identity.Photo", Strong, Text | Binary, "profile pic", "user avatar", "user photo", "user picture", "user image");
        // A profile picture's address written address first (thirty-second round: Utilizator.urlPozaProfil): strong, as the
        // profile picture is.
        b.Terms("Identity.Photo", Strong, Text | Binary, "url profile picture", "url profile photo", "url profile image", "url profile pic",
            "link profile picture", "link profile photo", "avatar link", "profile picture link", "profile photo link");
        // "Pic" short for a picture (Angajat.pic; fifteenth round): one per person, a Product's Pic is no one's.
        b.TermsOnePerPerson("Identity.Photo", Weak, Binary, "pic");

        // Where a person's photo is kept: the link stands for the photo ("url" alone is a meta word).
        b.Terms("Identity.Photo", Weak, Text | Binary, "photo url", "photo uri", "picture url");
        // Twenty-ninth round: the picture itself sent as text (CreateUserParams.ProfilePictureBase64): weak as the photo, strong
        // as the profile picture.
        b.Terms("Identity.Photo", Weak, Text | Binary, "photo base64", "picture base64", "photo base 64", "picture base 64");
        b.Terms("Identity.Photo", Strong, Text | Binary, "profile picture base64", "profile photo base64", "avatar base64");
        b.Terms("Identity.Photo", Strong, Text | Binary, "avatar url", "avatar uri", "profile picture url", "profile photo url",
            "profile image", "profile image url", "profile pic url", "profile image path", "avatar image", "avatar file",
            "avatar path", "profile picture path", "profile photo path", "profile photo file name", "profile picture file name");

        // Contact
        b.Terms("Contact.Email", Strong, Text, "email", "e mail", "mail", "email address", "emailaddress", "mail address");
        // "E-mail ID" is how Indian English names the address itself (Patients.EmailID, Staffs.EmailId; twenty-second set):
        // on text only, so a key to a stored e-mail (int EmailId, Guid MailId) stays a key.
        b.Terms("Contact.Email", Strong, Text, "email id", "e mail id", "mail id", "emailid");
        b.Terms("Contact.Phone", Strong, Number, "phone", "phone number", "phonenumber", "telephone", "telephone number", "tel",
            "mobile", "mobile number", "mobile phone", "cell phone", "cellphone", "cell number", "msisdn", "fax");
        // A telephone exchange, network, operator or company (AutomaticTelephoneExchange, PhoneCompany; twenty-seventh round),
        // or an insurance of one (a bank account's MobilePhoneInsurance benefit): "telephone" names the equipment, the firm
        // or the product, not a number; its Name and Town are the thing's. Owner words: a
        // member so named (AtsSubscriber.AutomaticTelephoneExchange) is no phone number either.
        b.Words(WordRole.Owner, "telephone exchange", "phone exchange", "telephone network", "phone network", "telephone operator",
            "phone operator", "telephone company", "phone company", "telephone provider", "phone provider", "telephone line type",
            "phone line type", "telephone station", "telephone switch", "phone insurance", "mobile phone insurance",
            "cell phone insurance");
        // The Number of a form named for a phone number (AddPhoneNumberViewModel.Number, read with its type's name).
        b.Terms("Contact.Phone", Strong, Number, "phone number number", "mobile number number");
        // A person's or a firm's number to call, as forms name it (Client.ContactNumber, ContactNo); a firm's is silenced by
        // its owner word as a firm's phone is (CompanyContactNumber).
        b.Terms("Contact.Phone", Strong, Number, "contact number", "contact no", "contact phone", "contact phone number",
            "contact mobile");
        // The number to call in an emergency on a person's record (Patient.EmergencyNumber, CareContract.EmergencyNo;
        // thirty-first round): whose it is, the person's own or a relative's, it is a phone number kept about the person.
        b.Terms("Contact.Phone", Strong, Number, "emergency no", "emergency number", "emergency phone", "emergency phone number",
            "emergency contact number", "emergency contact no", "emergency contact phone", "emergency mobile", "emergency tel");
        // A vehicle's or a room's number of seats (twenty-sixth round): a count, not a house number beside an owner's address.
        b.Words(WordRole.NotPersonal, "seats", "number of seats", "seat count", "seating capacity");
        // A postal code is often stored as a number (int ZipCode).
        b.Terms("Contact.Address", Weak, Text | Number, "zip", "zip code", "zipcode", "postal code", "postcode", "post code");
        // A post-office box (schema.org postOfficeBoxNumber, vCard ADR's first part): part of the address, weak.
        b.Terms("Contact.Address", Weak, Text | Number, "po box", "p o box", "pobox", "post office box",
            "post office box number");
        b.Terms("Contact.Address", Weak, Text, "address", "street", "street address", "street name", "address line",
            "postal address",
            "home address", "billing address", "shipping address", "delivery address", "mailing address", "pickup address",
            "ship to", "ship to address");

        // Where a person lives, named as a place of residence (MechanicEntity.ResidencePlace; fourteenth round).
        b.Terms("Contact.Address", Weak, Text, "place of residence", "residence place", "residence address", "residential address",
            "domicile");
        // An order's address is where it is delivered (OnlineOrder.Address, read with its type's name): as strong as a
        // delivery address on the order (thirteenth round; the same in every language).
        b.Terms("Contact.Address", Strong, Text, "order address", "order delivery address");
        b.Terms("Contact.Address", Weak, Number, "house number", "apartment", "apartment number", "flat number", "address number");
        // A flat's or a unit's number abbreviated (twenty-third round: EmployeeEntity.UnitNo, AddressModel.FlatNo), weak as
        // the full forms: on a person's or an address's record, not on a stock unit's.
        b.Terms("Contact.Address", Weak, Text | Number, "flat no", "unit no", "unit number", "apartment no", "apt no", "apt number",
            "door number", "door no");
        // The number of the building a person lives in (Address.BuildingNumber, stored as an int): a house number. Weak: a
        // company's office building is the company's.
        b.Terms("Contact.Address", Weak, Text | Number, "building number", "building no", "building nr");
        // India's postal index number, written as one word (Pincode); "PinCode" in two words stays a PIN.
        b.Terms("Contact.Address", Weak, Text | Number, "pincode");
        // A parent's or a guardian's e-mail or phone names whose it is in its own words: that person's on any record, a
        // report's too (CustomReport.ParentEmail), so always.
        b.Terms("Contact", Always, Text, "parent email", "parent phone", "parents phone", "mother phone", "father phone",
            "guardian phone", "guardian email");
        // The details by which a person is reached, kept as one object (Customer.ContactInfo, Teacher.ContactDetails;
        // twenty-third round; Spanish "datos de contacto", Portuguese "dados de contato", French "coordonnées" were there):
        // weak, a holder of contact details, the person's record decides.
        b.Terms("Contact", Weak, Text, "contact details", "contact info", "contact information", "contact data");

        // Financial
        b.Terms("Financial.BankAccount", Strong, Number, "iban", "bank account", "bank account number", "account number");

        // The account number written short (AccountNo, AccountNr), as the long form is.
        b.Terms("Financial.BankAccount", Strong, Number, "account no", "account nr", "acc no");

        // A person's credit score and rating, and the score of a credit report (a credit bureau's report on one person:
        // CreditReportDto.Score read with its type's name, whose head "report" is an owner word: so the phrase is certain).
        b.Terms("Financial", Strong, Number, "credit score", "credit rating");
        b.Terms("Financial", Always, Number, "credit report score", "credit report rating");

        // A person's credit report or financial details kept as an object (CustomerDto.CreditReport typed CreditReportDto,
        // CreateAccountRequest.FinancialDetails): strong, so a member of a complex type fits; a firm's stays quiet.
        b.Terms("Financial", Strong, Text | Number, "credit report", "credit history", "financial details", "financial detail");
        b.Terms("Financial.PaymentCard", Strong, Number, "card number", "credit card", "credit card number", "debit card", "cvv",
            "cvc", "card verification code", "pan number", "card security code", "card security number", "card cvv",
            "card cvc", "card expiration month", "card expiration year", "card expiry month", "card expiry year",
            "expiration month", "expiration year", "card holder name", "account holder name", "masked card number",
            "masked credit card number", "security number", "card security", "security code");

        // A card's expiry, kept as text, a number or a date (eShop's DateTime CardExpiration: a date was left unreported once
        // System resolved the type).
        b.Terms("Financial.PaymentCard", Strong, Number | Date, "card expiration", "card expiration date", "card expiry",
            "card expiry date");

        // A payment method is a person's card or account (its fields are card data), not a method of code: the phrase
        // keeps "method" from making the PaymentMethod type a thing; alone, it is weak (reported on a person only).
        b.Terms("Financial.PaymentCard", Weak, Text, "payment method");
        b.Terms("Financial.TaxId", Weak, Number, "tax id", "tax number", "taxpayer id", "tax payer id", "taxpayer number",
            "tax payer number", "tax identification number",
            "tax code", "fiscal code", "vat number", "vat id");

        // India's permanent account number (PAN), a person's tax id ("pan number" above is a payment card's).
        b.Terms("Financial.TaxId", Strong, Number, "pan no", "pan card", "pan card number", "pan card no", "permanent account number");
        // "Pan" alone (also a camera's or a view's pan): weak, a person's tax id on a person or beside a national id.
        b.Terms("Financial.TaxId", Weak, Text, "pan");

        // A cheque of the salary account, scanned to prove it (a cancelled cheque): the account's number and holder.
        b.Terms("Financial.BankAccount", Strong, Text | Binary, "cheque image", "cheque img", "cheque copy", "cancelled cheque",
            "canceled cheque", "cancelled cheque image");
        b.Terms("Financial.Transaction", Weak, Number, "transaction", "payment", "purchase", "salary payment");

        // Online
        b.Terms("Online.IpAddress", Strong, Text, "ip", "ipv", "ip address", "ipaddress", "remote ip", "client ip", "remote address",
            "user host address", "forwarded for");
        // Sixteenth round: a mobile subscriber's identity (IMSI) and a SIM card's serial (ICCID) identify the subscriber as
        // the IMEI identifies the handset; a mobile number written "No" (MobileNo, MobNo, CellNo).
        b.Terms("Online.DeviceId", Strong, Guid, "imsi", "iccid");
        b.Terms("Contact.Phone", Strong, Number, "mobile no", "mob no", "cell no", "mobile nr", "cell nr");
        b.Terms("Online.DeviceId", Strong, Guid, "device id", "mac address", "imei", "advertising id", "idfa", "udid",
            "hardware id", "device fingerprint", "browser fingerprint", "push token", "device token", "device identifier",
            "push notification token", "push registration id", "registration token", "fcm token", "apns token");
        b.Terms("Online.CookieId", Strong, Guid, "cookie id", "visitor id", "anonymous id", "tracking id");
        b.Terms("Online.CookieId", Weak, Guid, "cookie", "session id");
        b.Terms("Online.Username", Strong, Text, "username", "user name", "login", "login name", "user login", "screen name",
            "account name");
        b.Terms("Online.Username", Weak, Text, "alias", "user alias");

        // Who created or last changed a record, by name (NoteEntity.ModifierName): a user's name wherever it is kept.
        b.Terms("Online.Username", Strong, Text, "modifier name", "creator name", "modified by name", "created by name",
            "updated by name", "editor name", "changed by name", "submitted by name", "reported by name",
            "requested by name", "approved by name", "reviewed by name");
        // A person's customer, account or payout id at a payment provider (User.StripeCustomerId, .StripeAccountId,
        // .PayPalPayerId): what the provider knows the person by, their payment relation. Weak: on a person's record only
        // (a shop's own Stripe account id sits in settings).
        b.Terms("Financial", Weak, Text, "stripe customer id", "stripe account id", "stripe connect account id",
            "stripe connected account id", "stripe payout account id", "paypal payer id", "paypal customer id", "paypal account id",
            "braintree customer id", "mollie customer id", "adyen shopper reference", "square customer id",
            "payment customer id", "payment provider customer id", "payment account id", "payout account id",
            "payout account", "connected account id");
        b.Terms("Online", Weak, Text, "external id", "external user id", "provider user id", "customer number", "customer no", "client number",
            "member number", "membership number", "student number", "registration number");
        // A student's matriculation number (Student.MatricNumber, Voter.MatricNum, on a students' union's voters, candidates
        // and admins; thirty-fourth round): only a student has one, wherever it is kept (a vote's row, a login request), so
        // strong, as the Romanian "număr matricol" and the German "Matrikelnummer". Not "registration number" (a car's, a
        // company's) nor "matric" alone (a school-leaving exam).
        b.Terms("Identity", Strong, Number, "matric number", "matric num", "matric no", "matric nr", "matric id",
            "matriculation number", "matriculation no", "matriculation id");
        b.Terms("Online.UserAgent", Strong, Text, "user agent", "useragent", "browser", "browser version", "operating system");

        // Credentials
        b.Terms("Credentials.Password", Strong, Binary, "password", "passwd", "pwd", "passphrase", "password hash", "pass phrase");
        // "Pass" alone is also a ticket or a stage: a password only on a person's type (Usuario.Pass).
        b.Terms("Credentials.Password", Weak, Text, "pass");
        // The password typed twice at sign-up or change (UserRegisterInput.Repassword, PasswordAgain, RepeatPassword;
        // thirty-first round): the same secret as the first field.
        b.Terms("Credentials.Password", Strong, Binary, "repassword", "re password", "password again", "password repeat",
            "repeat password", "repeated password", "retype password", "re type password", "password retype", "conpassword",
            "con password", "confirme password", "password confirmation");
        b.Terms("Credentials.Secret", Weak, Binary, "secret", "token", "pin", "pin code", "security question", "otp", "api key",
            "password hint");

        // A session's access and refresh tokens are issued to the person who signed in (LoginResponse.AccessToken,
        // RefreshTokenModel.RefreshToken); a system's own token sits in settings, which stay quiet.
        // An identity provider's ID token and a session's JWT are issued to the person too (LoginModel.IdToken,
        // RefreshCred.JwtToken; twenty-eighth round).
        b.Terms("Credentials.Secret", Strong, Binary, "access token", "refresh token", "oauth access token", "oauth token",
            "id token", "jwt token",
            // The JWT handed back at sign-in or sign-up under its bare name (AuthenticateOutput.Jwt, UserRegisterOutput.Jwt;
            // thirty-first round): the same session token; a JWT settings type's key, issuer and audience are other words.
            "jwt");

        // A registration key (an invitation code that lets one person sign up: OrchesterMitglied.RegisterKey, the misspelt
        // RegisterationKey) is that person's secret; a product's registration key sits on an owner's type, which stays quiet.
        b.Terms("Credentials.Secret", Strong, Binary, "registration key", "register key", "registeration key");

        // The token that replaced a revoked refresh token (RefreshToken.ReplacedByToken): the successor, issued to the same
        // person.
        b.Terms("Credentials.Secret", Strong, Binary, "replaced by token", "replaced by refresh token", "replacement token",
            "replacement refresh token");

        // The Token of an answer to a sign-in (AuthenticateResponse.Token, LoginResult.Token, read with the type's name): the
        // session token issued to the person who signed in.
        b.Terms("Credentials.Secret", Strong, Binary, "authenticate response token", "authentication response token",
            "auth response token", "login response token", "login result token", "sign in response token",
            "authenticate result token", "authentication result token",
            // The answer to a sign-up signs the new person in (RegisterResponse.Token).
            "register response token", "registration response token", "register result token", "registration result token",
            "sign up response token", "signup response token");
        b.Terms("Credentials.Secret", Strong, Binary, "shared key", "authenticator key", "recovery code", "recovery codes",
            "totp secret", "security answer", "secret answer", "password reset token", "password reset key", "reset password key", "access code",
            "private key", "user key", "secret key",
            // The Code of a reset-password form, read with its type's name: the one-time secret a person was sent.
            "reset password code", "password reset code",
            // The Token of a reset-password or forgotten-password request, read with its type's name (ResetPasswordRequest.Token).
            "reset password token", "forgot password token", "forgot password code", "forgotten password token",
            "reset password request token", "forgot password request token", "password reset request token",
            // A reset key or token alone (User.ResetKey, SetPasswordCommand.ResetKey): the one-time secret that lets its
            // holder set a person's password.
            "reset key", "reset token", "reset code",
            // The link sent to reset a password (ForgotPasswordDTO.ResetLink, twenty-seventh round): it carries the reset
            // token. The reset page's own address in settings (PasswordResetUrl) is a "password reset url", not read.
            "reset link", "password reset link", "reset password link", "forgot password link",
            // The Token of a JWT answer (JwtResponse.Token, read with its type's name): the session token of the person who
            // signed in.
            "jwt response token", "jwt result token");

        // Location
        b.Terms("Location.Precise", Strong, Number, "latitude", "longitude", "geolocation", "geo location", "coordinates",
            "gps", "gps coordinates", "lat", "lng", "lon");

        // Where a ride or a delivery picks a person up or drops them off (RideInfoDto.PickupLocation): the passenger's
        // position. A store's pickup point is another word (PickupPoint) and a store's type is no person's.
        b.Terms("Location.Precise", Strong, Text, "pickup location", "pick up location", "dropoff location", "drop off location");
        b.Terms("Location.Coarse", Weak, Text, "city", "town", "county", "country", "region", "province", "location",
            "country code");
        // The parts of a town an address names below the town in many countries: a district, a ward (Vietnam's phường, a
        // Japanese or British ward), a neighbourhood, a suburb, a borough, the Philippines' barangay. Weak: a person's record
        // only (a hospital's ward, a school's district are not anyone's); one per person: a list of them is a form's choices
        // (AddressFormVm.Districts).
        b.TermsOnePerPerson("Location.Coarse", Weak, Text, "district", "subdistrict", "ward", "neighborhood", "neighbourhood", "suburb",
            "borough", "barangay");

        // Usage, content, employment
        b.Terms("Usage.Activity", Weak, Text, "referrer", "referer", "referral source", "browsing history", "search history",
            "page views", "visited pages", "last seen");
        b.Terms("Usage.Activity", Weak, Date, "last login", "last logged in", "last login date", "last activity", "last activity date",
            "last visited page", "last ip address");
        // When a member of a site or an app was last active or online (AppUser.LastActive, MemberDto.LastActive: thirty-third
        // round): the person's use of the service, on a person's record.
        b.Terms("Usage.Activity", Weak, Date | Text, "last active", "last online");
        b.Terms("Usage.Preferences", Weak, Text, "preferences", "preferred language", "interests");
        b.Terms("Content.Message", Weak, Text, "message", "subject", "message body", "correspondence", "enquiry", "inquiry",
            "additional info", "additional information", "details");

        // A person's initials: a short form of the name.
        b.Terms("Identity.Name", Weak, Text, "initials");
        // Kin and the person to call, as FHIR's Patient.contact and HR master records keep them: a name on the person's
        // record (weak: on a person's type only).
        b.Terms("Identity.Name", Weak, Text, "next of kin", "next of kin name", "nok name");
        // Thirty-third round: who decides for the person and who treats them, kept by name on a resident's or a patient's
        // record (PatientDTO.Sachwalter, .Hausarzt), in every built-in language: a legal guardian or custodian, a family
        // doctor. Weak: on a person's record only.
        b.Terms("Identity.Name", Weak, Text, "legal guardian", "conservator", "family doctor", "family physician",
            "general practitioner", "primary care physician", "primary physician");
        // A person's kinship to another (twenty-fourth round): a dependant's, a beneficiary's, an emergency contact's or a
        // guardian's relationship to the person (Dependant.Relationship, Patient.GuardianRelationship). Weak: on a person's
        // type only, so a relationship between things (EntityRelationship.Relationship, a database relation) stays quiet. One
        // per person (a dependant has one relationship to the person): a type named by it (TipoParentesco, EntityRelationship)
        // is a lookup of its values, not a holder of a person's details (TypeContextClassifier), and its members decide. Text
        // only: a member typed with the lookup (GrauParentesco typed GrauParentesco, an enum) names the catalogue's row.
        b.TermsOnePerPerson("Identity", Weak, Text, "relationship", "kinship", "relationship to patient", "relationship to employee",
            "relationship to member", "relationship to insured", "relationship to student");
        // Concerns a carer or a teacher writes about a person (KidLog.ProblemsConcerns): weak, a person's record only.
        // A teacher's appreciation of a pupil's work or grade, an assessor's of a person (thirty-first round: Note.Appreciation
        // beside its Eleve): what one person writes about another, in every built-in language; weak, read on a record a
        // person owns or writes.
        b.Terms("Content.Feedback", Weak, Text, "appreciation", "appreciations", "teacher comment", "teacher comments");
        b.Terms("Content.Feedback", Weak, Text, "concern", "concerns", "problems concerns");
        // Twenty-ninth round: a review's opinion in parts (Review.Pros, Review.Cons): weak, a product's advantages stay quiet.
        b.Terms("Content.Feedback", Weak, Text, "pros", "cons", "positive aspects", "negative aspects", "advantages", "disadvantages",
            "positive points", "negative points");
        b.Terms("Content.Feedback", Weak, Text, "feedback", "review", "comment", "comments", "reply", "complaint", "testimonial", "body", "text",
            "content");
        b.Terms("Content.Feedback", Strong, Text, "review text", "comment text", "comment title", "review title", "order note",
            "order notes", "order comment", "order comments", "gift card message", "gift message", "gift voucher message");
        // A complaint's title, as a review's: the complainant's words (Complaint.ComplaintTitle, Complaint.Title read with its
        // type's name; twenty-first round).
        b.Terms("Content.Feedback", Strong, Text, "complaint title", "complaint subject");
        b.Terms("Content.Publication", Weak, Text, "bio", "biography", "about me", "about", "post");
        // What a person writes of themselves on a dating or a social profile (AppUser.Introduction, .LookingFor: thirty-third
        // round): weak, a person's own words on a person's record; a course's or a book's introduction is no one's.
        b.Terms("Content.Publication", Weak, Text, "introduction", "self introduction", "looking for");
        b.Terms("Employment", Weak, Number, "salary", "wage", "job title", "employer", "employee number", "payroll", "gross salary",
            "net salary", "gross pay", "net pay", "hourly rate", "overtime", "overtime hours", "income tax", "tax deduction");
        // An employee's pay rates (twenty-third round): the regular and the overtime rate, a pay rate, hourly pay, often kept
        // as text ("15.50"). Weak: an employee's record or a row one owns; a tariff's or a room's rate is no one's.
        b.Terms("Employment", Weak, Number | Text, "pay rate", "overtime rate", "over time rate", "regular rate", "regular pay rate",
            "hourly pay", "hourly wage", "hourly", "rate per hour", "wage rate");
        // A person's finances as a lender or an insurer reads them (sixteenth round): income and expenses, a mortgage's or a rent's
        // payment. Weak: on a person's record, or with a person word in the name (BorrowerIncome); a firm's or a flat's are not.
        b.Terms("Financial", Weak, Number, "income", "monthly income", "annual income", "yearly income", "household income",
            "expenses", "monthly expenses", "mortgage payment", "rent payment");
        // A person's own money (nineteenth round): a balance, a wallet, earnings, debts, savings. Weak: a customer's, an account
        // holder's or a driver's on a person's record or on a row that belongs to one (a customer's Account, a borrower's loan
        // application: TypeOwners); a company's balance, a shop's takings and a report's totals are no one's.
        b.Terms("Financial", Weak, Number, "balance", "account balance", "current balance", "wallet", "wallet balance", "earnings",
            "debt", "debts", "monthly debt", "savings");
        // A period's opening or closing balance is the books' (a till's, a ledger's: CaixaDTO.SaldoFinal), not anyone's money.
        b.Words(WordRole.NotPersonal, "opening balance", "closing balance", "initial balance", "final balance");

        // A payslip's other figures on an employee's record: bonuses, commissions and allowances, the taxes and contributions
        // withheld, deductions and advances, seniority. Weak: a table of rates or a product's bonus is no one's; the words
        // alone are one per person (a Bonus or a Commission type is not a holder of anyone's details).
        b.TermsOnePerPerson("Employment", Weak, Number, "bonus", "commission", "allowance", "deductions", "withholding", "seniority");
        b.Terms("Employment", Weak, Number, "total deductions", "withholding tax", "tax withheld", "pension contribution",
            "social security contribution", "salary advance", "advance payment", "take home pay", "gross earnings", "net earnings",
            "years of service", "length of service", "annual leave days", "leave balance");
        // A pay statement's social-insurance lines (twenty-second round): the employee's and the employer's contributions and
        // deductions, weak as the others (a table of contribution rates is no one's).
        b.Terms("Employment", Weak, Number, "health insurance contribution", "unemployment insurance contribution",
            "employee contribution", "employer contribution", "national insurance contribution", "pension deduction",
            "income tax deduction", "social security deduction");
        // A payslip's allowance and deduction lines (twenty-eighth round: mini-hr's EmployeeSalary.HouseRent, Conveyance,
        // LoanRepayment, LunchDeduction): weak and one per person as the others (a rent listing is no one's pay).
        b.TermsOnePerPerson("Employment", Weak, Number, "house rent", "house rent allowance", "conveyance", "conveyance allowance",
            "provident fund", "loan repayment", "deduction");

        // When a person was hired and when the employment ended (Employee.HireDate): dates.
        b.Terms("Employment", Weak, Date, "hire date", "date hired", "date of hire", "hiring date", "employment date",
            "employment start date", "employment end date", "termination date", "date of termination", "seniority date");
        // Thirty-second round: the same with "of" first (Employee.DateOfEmployement, misspelt; see AddMisspellings).
        b.Terms("Employment", Weak, Date, "date of employment", "start of employment", "end of employment");
        // Thirtieth round: the same kept as its year (Soferi.an_angajare, int HireYear), weak as the date.
        b.Terms("Employment", Weak, Number | Date, "hire year", "year hired", "year of hire", "hiring year", "year of employment",
            "employment year", "year joined");

        // An employee's desk-phone extension (Employee.Extension): a person has one; "extension" alone is also a file's, so
        // it counts on a person only, and a type named Extension is not a holder of anyone's details.
        b.TermsOnePerPerson("Contact.Phone", Weak, Text | Number, "extension", "phone extension", "extension number", "phone ext");

        // A person's accounts on social networks (Facebook, Instagram, LinkedIn, X/Twitter, TikTok): the handle or the
        // profile link identifies the person. Weak: an organisation has them too (Club.Facebook).
        b.Terms("Online.Username", Weak, Text, "facebook", "instagram", "linkedin", "linked in", "twitter", "tiktok", "snapchat",
            "skype", "telegram", "facebook url", "instagram url", "linkedin url", "linked in url", "twitter url",
            "facebook profile", "linkedin profile", "linked in profile",
            "instagram handle", "twitter handle", "social media", "social media handle", "github username", "skype id",
            "skypeid");

        // A member's own code (MemberCode, MembershipCode), as a member number.
        b.Terms("Online", Weak, Text | Number, "member code", "membership code", "customer code", "client code");

        // Where a person's photo is kept ("path" alone names a thing): the photo.
        b.Terms("Identity.Photo", Weak, Text | Binary, "photo path", "picture path", "photo file", "photo file name",
            "picture file name");

        // A patient's chronic illnesses, surgeries and hospital stays, and what was prescribed: health data wherever they are.
        b.Terms("Special.Health", Strong, Special | Number, "chronic disease", "chronic diseases", "chronic illness",
            "chronic illnesses", "chronic condition", "chronic conditions", "surgical history", "surgical procedure",
            "surgical procedures", "past surgeries", "previous surgeries", "hospitalization", "hospitalisation", "hospital stay",
            "past medical history", "chief complaint", "presenting complaint", "reason for visit", "prescribed medication", "prescribed medications",
            "prescription medication", "prescription dose", "prescription dosage", "prescription medicine", "prescription drug");
        b.TermsOnePerPerson("Special.Health", Weak, Special | Number, "prescription");
        // A patient's prescriptions kept as one text (DossierPatient.Ordonnances): the plural is written out, since a term a
        // person has one of takes no plural; weak, a person's record only, and as an object only when strong.
        b.Terms("Special.Health", Weak, Special, "prescriptions");
        // A person's eyesight as an optician or an eye doctor measures it (thirty-second round): the visual acuity, the
        // pupillary distance, the pressure inside the eye and the cornea's curvature, wherever they are.
        b.Terms("Special.Health", Strong, Number | Special, "visual acuity", "pupillary distance", "interpupillary distance",
            "intraocular pressure", "keratometry", "eye prescription", "glasses prescription", "spectacle prescription");

        // When a person joined and left an employer, and an employee's code or staff number (Indian HR: DateOfJoining).
        b.Terms("Employment", Weak, Date, "date of joining", "joining date", "date of leaving", "leaving date", "relieving date",
            "date of relieving", "resignation date", "date of resignation");
        // An employee's file: when the person retired or resigned, the period served, a disciplinary action (twenty-eighth
        // round: mini-hr's Employee.RetirementOrResignation, ServicePeriod).
        b.Terms("Employment", Weak, Date, "resignation", "retirement", "retirement or resignation", "retirement date",
            "date of retirement", "service period", "period of service", "disciplinary action", "disciplinary actions");
        b.Terms("Employment", Weak, Number, "employee code", "emp code", "staff number", "staff code", "staff id number");

        // An employee's working time (attendance): when the person clocked in and out, took a break, started and finished
        // overtime, often kept as text (Attendance.CheckIn as "09:02"). Weak: they count on a person's type or a row a worker
        // owns (EmployeeAttendance.CheckInTime), not on a hotel's check-in time.
        b.Terms("Usage.Activity", Weak, Date | Text, "check in", "check out", "break in", "break out", "start overtime",
            "finish overtime", "overtime start", "overtime end", "overtime finish", "start over time", "finish over time");
        b.Terms("Usage.Activity", Weak, Date | Text, "check in time", "check out time", "checkin time", "checkout time", "clock in",
            "clock out", "clock in time", "clock out time", "punch in", "punch out", "punch in time", "punch out time",
            "break in time", "break out time", "break start time", "break end time");

        // The reason a person gives for a leave or an absence (Leave.Reason, read with the type's name).
        b.Terms("Content.Message", Strong, Text, "leave reason", "reason for leave", "absence reason", "reason for absence");

        // Notes kept on a person's record (Employee.Notes, Member.Notes): weak, the person's type decides (an order's or a
        // product's notes are no one's; "order notes" above are the customer's).
        b.Terms("Content.Message", Weak, Text, "notes", "note", "remarks");
        // A proposal a person writes to win something (a freelancer's bid, an applicant's pitch: nineteenth round): weak,
        // the owner decides, as for notes.
        b.Terms("Content.Message", Weak, Text, "proposal");

        // What a person wrote to go with something else: a cover letter to an application, a personal or custom message in an
        // invitation (ManagerInvite.CustomMessage: weak, on a person's type), the reason given for cancelling. A message's
        // Content or Text is not read as "message content" with its type's name: an ErrorMessage's Text is no one's (a
        // message's text beside its sender is, see PersonalDataInference.Authored.cs).
        b.Terms("Content.Message", Strong, Text, "cover letter", "covering letter", "motivation letter", "personal message",
            "personal note", "invitation message", "invite message", "cancellation reason", "reason for cancellation",
            "cancel reason", "chat message", "private message", "direct message");
        b.Terms("Content.Message", Weak, Text, "custom message");

        // Where a candidate's CV is kept. One per person: a type named Cv or Resume is a résumé's record, whose own members
        // are read on their own; "resume" alone is also a verb (ResumeToken).
        b.TermsOnePerPerson("Employment", Strong, Text | Binary, "cv url", "cv link", "cv file", "cv path", "resume url",
            "resume link", "resume file", "resume path", "curriculum vitae", "cv file name", "resume file name");

        // An address's additional line (Address.Addition1: read with its type's name), an employee's personnel number written
        // as German-English code writes it (PersonalNo), the dates a person joined and left (EntryDate, ExitDate: weak, on a
        // person), an employment's details (HiringDetail, EmploymentDetails: its holder), working hours, a job position (on a
        // person only: one per person, text; a Position type or a vector is not).
        b.Terms("Contact.Address", Weak, Text, "address addition", "address supplement", "address additional");
        b.Terms("Identity", Weak, Text | Number, "personal no", "personnel number", "personnel no");

        // The number of an employee's or a student's ID badge (not "badge" alone: a game's or a forum's badges).
        b.Terms("Identity", Weak, Text | Number, "badge number", "badge no", "badge id", "id badge", "employee badge",
            "employee badge number");
        b.Terms("Employment", Weak, Date, "entry date", "exit date", "date of entry", "date of exit");
        b.Terms("Employment", Weak, Number, "hiring detail", "hiring details", "employment detail", "employment details",
            "working hours", "monthly salary", "annual salary", "yearly salary");
        b.TermsOnePerPerson("Employment", Weak, Text, "position", "job position", "job role", "occupation", "profession");

        // A worker's employment record (fifteenth round): when the contract began and ends, the base and the real pay, the
        // hours worked, whether the person was let go; a CV's parts (experiences, education, skills, a career goal, the years
        // of experience, qualifications). Weak and, where the word alone also names a job offer's or a course's, one per
        // person: on a person's record (or one a person owns) they are the person's; on a job offer or a company, not.
        b.Terms("Employment", Weak, Date, "contract start", "contract end", "contract start date", "contract end date",
            "start of contract", "end of contract");
        b.Terms("Employment", Weak, Number, "base salary", "basic salary", "real salary", "actual salary", "hours worked",
            "worked hours");
        // An employee master record's pay data (SAP HCM basic pay and tax infotypes, HR Open Standards' compensation):
        // the pay grade and the payroll tax class, weak (on a person's record: a product's grade is a quality's).
        b.Terms("Employment", Weak, Number, "pay grade", "salary grade", "pay scale group", "tax class", "payroll tax class");
        b.TermsOnePerPerson("Employment", Weak, Bool | Date, "terminated", "is terminated", "dismissed", "is dismissed");
        b.TermsOnePerPerson("Employment", Weak, Text, "experiences", "work experience", "work experiences", "educations",
            "skills", "candidate skills", "career goal", "career goals", "career objective", "qualification", "qualifications");
        // On a job seeker's or an applicant's record the objective and the experience are their CV's (JobSeeker.Objective,
        // ApplicantDto.Experience); a course's objective or a tour's experience is no one's (one per person: the record decides).
        b.TermsOnePerPerson("Employment", Weak, Text, "objective", "experience");
        b.Terms("Employment", Weak, Number | Text, "years of experience", "year of experience", "year of experiences");
        // Thirtieth round: a professional's profile on a marketplace or a directory (a freelancer's, a tutor's, a
        // psychologist's): the years of experience written noun first (ExperienceYears), and the rating the person received
        // from clients (Profile.Rating, Driver.AverageRating). One per person: a product's or a room's rating, a job offer's
        // required years are no one's (the record decides). Not "rate" alone: an order's, a rental's and an exchange rate
        // sit on records a customer owns (measured: two false hits for three hits).
        b.Terms("Employment", Weak, Number | Text, "experience years", "experience year", "experience in years");
        // Thirty-second round: a job candidate's profile (JobCandidates.totalExp, RecruitCare.noticePeriod, visaType,
        // bestTimeToReach). One per person: a job opening's required experience or notice is the record's, no one's.
        b.TermsOnePerPerson("Employment", Weak, Number | Text, "total exp", "total experience", "relevant exp",
            "relevant experience", "notice period");
        b.TermsOnePerPerson("Identity", Weak, Number | Text | Enum, "visa type", "visa status");
        b.TermsOnePerPerson("Usage.Preferences", Weak, Number | Text, "best time to reach", "best way to reach",
            "best time to contact", "best way to contact");
        b.TermsOnePerPerson("Employment", Weak, Number, "rating", "average rating", "rating average");
        // The stars a review gives (ProductReview.Rating, read with its type's name) rate the product, not its writer.
        b.Words(WordRole.NotPersonal, "review rating", "product rating", "product review rating");

        // When a worker's schedule or shift begins and ends (Angajat.schedule_start, often text): weak, a worker's record
        // decides (a bus's or a shop's schedule is no one's).
        b.Terms("Employment", Weak, Date | Text, "schedule start", "schedule end", "shift start", "shift end",
            "work schedule", "working schedule");

        // An official title (a civil servant's, a teacher's) and a designation, as HR code in India names a job title.
        b.TermsOnePerPerson("Employment", Weak, Text, "official title", "designation");

        // A US routing number and a UK sort code go with a person's account number; a patient's medical record number; a
        // person's health-insurance number; why an employee left; how many children a person has; a middle initial.
        b.Terms("Financial.BankAccount", Strong, Number, "routing number", "sort code", "bank routing number");
        b.Terms("Identity", Strong, Text | Number, "medical record number", "mrn", "health insurance number",
            "insurance member id", "insurance member number");
        b.Terms("Employment", Weak, Text, "termination reason", "reason for termination", "reason for leaving", "leaving reason");
        b.Terms("Identity", Weak, Number, "number of children", "children count");
        b.Terms("Identity.Name", Strong, Text, "middle initial");

        // A one-time code a person was sent to sign in or to verify a phone or an address (LoginWith2faViewModel.TwoFactorCode);
        // the Code of a verification form, read with its type's name (VerifyCodeViewModel.Code, VerifyPhoneNumberViewModel.Code).
        b.Terms("Credentials.Secret", Strong, Binary, "two factor code", "2fa code", "authenticator code", "verification code",
            "otp code", "sms code", "one time code", "one time password", "verify code code", "verify phone number code",
            "verify phone code", "verify email code", "verify authenticator code", "verify two factor code");
        // Twenty-ninth round: the same code named by its algorithm (TotpCode, OtpCode) or its channel.
        b.Terms("Credentials.Secret", Strong, Binary, "totp code", "totp", "otp value", "mfa code", "email code");

        // Special categories (Art. 9) and criminal data (Art. 10)
        b.Terms("Special.Health", Weak, Special, "health", "medical", "medical condition", "medical history");
        // What a medical examination found (MedicalExam.Result read with its type's name): the health field whatever the type.
        b.Terms("Special.Health", Strong, Number | Special, "medical exam result", "medical exam results",
            "medical examination result", "medical examination results", "medical test result", "medical test results");
        b.Terms("Special.Health", Weak, Number | Special, "lab result", "lab results", "test result", "test results",
            "blood pressure", "pulse", "heart rate", "weight", "treatment", "under treatment");
        // A laboratory's result named in full (LaboratoryResult, thirtieth round): a patient's result, not the laboratory's
        // record (the laboratory alone is an owner word), in every built-in language.
        b.Terms("Special.Health", Weak, Number | Special, "laboratory result", "laboratory results", "laboratory test result",
            "laboratory test results", "blood test result", "blood test results");
        // Vital signs (fifteenth round), the field as a whole in every language: a rhythm or a rate of the heart or of
        // breathing, oxygen saturation, blood sugar, body temperature (ConsultaMedica.RitmoCardiaco). Weak, as the blood
        // pressure: a person's or a health record decides.
        b.Terms("Special.Health", Weak, Number | Special, "heart rhythm", "respiratory rate", "respiration rate", "breathing rate",
            "oxygen saturation", "body temperature");
        // Laboratory results (thirtieth round), the field as a whole in every language: the analytes of a blood count and of
        // blood chemistry (RezultatAnaliza.Hemoglobina, .NumarLeucocite, .Colesterol). Weak, as the vital signs: a patient's
        // result decides (a record of a person's or one that belongs to one). Numbers and text only: a laboratory's catalogue
        // says by a bool which analytes a test includes (Analiza.Glicemie, bool), a measured value is never a bool. Iron is
        // left out alone (a game's resource, a metal); only its serum reading counts. Abbreviations that are other things
        // (ALT, an image's alternative text; INR, a currency; ESR; BUN) are read only in a longer name.
        b.Terms("Special.Health", Weak, Number, "blood sugar", "blood glucose", "glucose", "glucose level", "fasting glucose",
            "hemoglobin", "haemoglobin", "hematocrit", "haematocrit", "erythrocytes", "erythrocyte count", "red blood cells",
            "red blood cell count", "red cell count", "rbc", "rbc count", "leukocytes", "leucocytes", "leukocyte count",
            "white blood cells", "white blood cell count", "white cell count", "wbc", "wbc count", "platelets", "platelet count",
            "thrombocytes", "mcv", "mch", "mchc", "mean corpuscular volume", "mean corpuscular hemoglobin", "neutrophils",
            "lymphocytes", "monocytes", "eosinophils", "basophils", "cholesterol", "total cholesterol", "hdl", "ldl",
            "hdl cholesterol", "ldl cholesterol", "triglycerides", "urea", "blood urea nitrogen", "creatinine", "uric acid",
            "bilirubin", "total bilirubin", "ggt", "gamma gt", "alt level", "ast level", "alanine aminotransferase",
            "aspartate aminotransferase", "calcium", "magnesium", "potassium", "sodium", "serum calcium", "serum iron",
            "serum magnesium", "serum potassium", "serum sodium", "ferritin", "tsh", "thyroid stimulating hormone", "hba1c", "hb a 1 c", "hba 1 c",
            "glycated hemoglobin", "glycated haemoglobin", "crp", "c reactive protein", "erythrocyte sedimentation rate",
            "sedimentation rate", "prothrombin time");
        // Organ donation (thirtieth round), in every language: the organ a recipient needs or a donor gives, and its type, on
        // a donor's, a recipient's or a match's record (RecipientInfoIndexViewModel.organNeeded, Matched.organType). Weak: a
        // person's record or one that belongs to one decides. One per person, as a blood type: a list of organ types
        // (OrganTypeViewModel.theOrganTypes) is a catalogue, nobody's.
        b.TermsOnePerPerson("Special.Health", Weak, Number | Enum, "organ needed", "needed organ", "organ type", "organ donated",
            "donated organ", "organ to donate", "organ transplant", "transplant organ");
        // A quantity of a blood component is a blood bank's stock (PungaSange.CantitateTrombocite: the platelets in a donated
        // bag), not a reading of anyone's blood: a count or a level is measured, a quantity or units are stored.
        b.Words(WordRole.NotPersonal, "platelet quantity", "platelets quantity", "quantity platelets", "quantity of platelets",
            "platelet units", "red blood cells quantity", "quantity red blood cells", "red cell units", "red blood cell units");
        // A person's height beside the weight on a health record (HealthRecord.Height): weak, the person's type decides (an
        // image's or a box's height is no one's).
        b.Terms("Special.Health", Weak, Number | Special, "height", "body height", "body weight", "bmi", "body mass index");
        // The body's composition and energy use beside height and weight (twenty-third round: DietSetting.BodyFat, .BMR): weak,
        // the person's record decides. Waist and hips only as a body's measure (a garment's waist is the garment's).
        b.Terms("Special.Health", Weak, Number | Special, "body fat", "body fat percentage", "bodyfat", "bmr", "basal metabolic rate",
            "resting metabolic rate", "muscle mass", "lean body mass", "waist circumference", "hip circumference",
            "waist to hip ratio");
        // A picture's own height (Avatar.Height, Photo.Height, read with the type's name): a type named by a photo word holds a
        // person's picture, but its dimensions are the image's.
        b.Words(WordRole.NotPersonal, "photo height", "picture height", "avatar height", "image height", "portrait height",
            "signature height", "thumbnail height", "profile picture height", "profile photo height");
        // Thirty-third round: what a care home's, a hospital's or a social service's record says of the person's end of life
        // and of the care they need, in every built-in language: an advance directive or a living will, a do-not-resuscitate
        // order, palliative care; the care level and the care allowance that follow a need of care. Weak: on a person's record
        // only (a palliative ward, a hotel's level of care are no one's health).
        b.Terms("Special.Health", Weak, Number | Special, "advance directive", "advance directives", "advance health care directive",
            "advance healthcare directive", "living will", "dnr", "dnr order", "dnr status", "do not resuscitate",
            "do not resuscitate order", "resuscitation status", "palliative", "palliative care", "end of life care");
        // One care level per person: a type named by it (a care home's table of levels and their rates) is a catalogue.
        b.TermsOnePerPerson("Special.Health", Weak, Number | Special, "care level", "level of care", "care grade",
            "care allowance", "attendance allowance");
        // Exempt from the patient's share of a prescription's or a treatment's cost (thirty-third round: PatientDTO's
        // RezeptgebuehrbefreiungJn): granted for a low income or a chronic illness, so it tells one of them; weak, on a
        // person's record only (a drug that is exempt is the drug's), in every built-in language.
        b.Terms("Financial", Weak, Number | Special, "prescription exemption", "prescription charge exemption",
            "prescription fee exemption", "copay exemption", "copayment exemption", "exempt from copay", "copay exempt");
        // A hospital's discharge summary: the patient's stay, findings and treatment (twenty-fourth round; in every built-in language).
        b.Terms("Special.Health", Strong, Special, "discharge summary", "discharge summaries", "discharge letter", "discharge report");
        // A wound or an injury a carer or a clinician describes (thirty-first round: CareContract.WoundDescription,
        // VisitInfo.WoundProgress): the person's body, health data wherever it is; in every built-in language.
        b.Terms("Special.Health", Strong, Special, "wound", "wounds", "injury", "injuries");
        b.Terms("Special.Health", Strong, Special, "diagnosis", "disease", "illness", "allergy", "allergies", "disability",
            "medication", "symptoms", "health condition", "pregnancy", "vaccination status");
        // A person has one blood type (thirtieth round, as the Portuguese words were): a list of blood types is a catalogue
        // of the options (BloodTypeViewModel.theBloodTypes), not anybody's.
        b.TermsOnePerPerson("Special.Health", Strong, Special, "blood type", "blood group");
        // Allergic, the adjective (twenty-second round): what a person is allergic to (a child's IngredientesAlergicos), in
        // every language; an allergen is a product's and stays out.
        b.Terms("Special.Health", Strong, Special, "allergic", "allergic to", "allergic ingredients", "allergic foods");

        // Infections a blood test screens for: a result for one of them is health data wherever it is (a donor's analysis).
        b.Terms("Special.Health", Strong, Special | Number, "hiv", "htlv", "hepatitis", "syphilis");
        // A diagnosis coded in the WHO classification of diseases (twenty-seventh round: Atestado.Cid10, a sick note's ICD-10
        // code): the code names the person's illness wherever it is. In every built-in language: ICD (en, de, ro), CID (pt),
        // CIE (es), CIM (fr); the letters alone are not read (a "cid" is also a client id), only with the revision or "code".
        b.Terms("Special.Health", Strong, Special, "icd 10", "icd10", "icd 11", "icd11", "icd code", "icd codes", "icd 10 code", "icd 10 codes");
        // A medical history's questionnaire (twenty-second round: Anamnese.Diabetes, .Hipertensao, .Dst, .Febre): chronic
        // conditions, infections and findings, the field as a whole in every language. The conditions are health data
        // wherever they are; a fever, an anaesthesia, drug use, a smoker, healing and an abbreviated STD only beside another
        // health reading on the same record (a pharmacy's Drugs, a clock's DST and a lab's Anesthesia stay quiet).
        b.Terms("Special.Health", Strong, Special, "diabetes", "diabetic", "hypertension", "hypertensive", "high blood pressure",
            "asthma", "asthmatic", "epilepsy", "epileptic", "heart disease", "cardiac disease", "heart condition", "tuberculosis",
            "sexually transmitted disease", "sexually transmitted diseases", "sexually transmitted infection", "physical examination",
            "physical exam");
        b.Terms("Special.Health", Weak, Special, "fever", "anesthesia", "anaesthesia", "drug use", "drugs", "smoker", "std",
            "stds", "sti", "wound healing", "dietary restrictions", "diet restrictions");
        b.Terms("Special.Biometric", Weak, Special | Binary, "fingerprint");
        b.Terms("Special.Biometric", Strong, Special | Binary, "biometric", "biometrics", "biometric data", "face template",
            "facial features", "iris scan", "retina scan", "voice print", "voiceprint");
        b.Terms("Special.Genetic", Strong, Special | Binary, "genetic", "genetic data", "dna", "genome");
        b.Terms("Special.RacialOrEthnicOrigin", Strong, Special, "ethnicity", "ethnic origin", "ethnic group", "race",
            "racial origin", "ethnic background", "racial background");
        b.Terms("Special.PoliticalOpinion", Strong, Special, "political opinion", "political opinions", "political party",
            "political affiliation", "political views", "political beliefs", "party membership", "party affiliation");
        b.Terms("Special.ReligiousBelief", Strong, Special, "religion", "religious belief", "religious beliefs", "faith");

        // Religious affiliation and the rites that reveal it (issue 12, thirteenth round): a denomination, church membership
        // and church tax; the sacraments of initiation, a church wedding, a tither. A rite received is a person's faith
        // whatever the type (a bool "Baptized", an int flag, the date of a baptism).
        b.Terms("Special.ReligiousBelief", Strong, Special, "religious affiliation", "religious denomination", "church membership",
            "church tax", "tither", "tithe payer");
        b.Terms("Special.ReligiousBelief", Strong, Special | Number | Date, "baptism", "baptized", "baptised", "christening",
            "christened", "first communion", "holy communion", "eucharist", "chrismation", "bar mitzvah", "bat mitzvah",
            "church wedding", "religious wedding", "religious marriage");
        // Words that are also something else (a parish is a county in Louisiana, a church a venue, a communion or a pastoral
        // team a school's, matrimony a civil status, a tithe a tenth): a person's faith only beside a strong religious word on
        // the same type (PersonalDataInference: ReligiousSibling). "Confirmation" and "confession" are left out: an e-mail or
        // a booking confirmation, a suspect's confession, and the term would take the head of PasswordConfirmation.
        b.Terms("Special.ReligiousBelief", Weak, Special | Number | Date, "communion", "parish", "congregation", "church",
            "sacrament", "sacraments", "tithe", "pastoral", "matrimony");

        // "Union member" alone is left out: a GraphQL or a C union's member (IsUnionMember) is a type system's.
        b.Terms("Special.TradeUnion", Strong, Special, "trade union", "trade union membership", "union membership", "labor union",
            "labour union", "trade union member", "union dues", "unionized", "unionised");
        b.Terms("Special.SexLife", Strong, Special, "sexual orientation", "sexual preference", "sex life", "sexuality");

        // Vulnerable populations a social service or a public register records on a citizen (issue 12, twenty-third round):
        // belonging to an indigenous people is an ethnic origin, to the LGBTI population a person's sex life (the acronyms in
        // every spelling, language-neutral); a migrant, a refugee, a homeless person, a victim of armed conflict, a
        // human-rights defender is a fact about one person. Single words only on a person's record (Weak): a plant can be
        // indigenous, a bird migrant.
        b.Terms("Special.RacialOrEthnicOrigin", Strong, Special, "indigenous people", "indigenous peoples", "indigenous community",
            "indigenous population");
        b.Terms("Special.RacialOrEthnicOrigin", Weak, Special, "indigenous", "aboriginal");
        b.Terms("Special.SexLife", Strong, Special, "lgbt", "lgbti", "lgbtq", "lgbtiq", "lgbtqi", "lgbtqia", "lgtb", "lgtbi",
            "lgtbiq", "lgbt population", "lgbti population");
        b.Terms("Identity", Strong, Special, "victim of armed conflict", "armed conflict victim", "human rights defender",
            "human rights defenders", "asylum seeker");
        b.Terms("Identity", Weak, Special, "migrant", "immigrant", "refugee", "homeless", "armed conflict");
        b.Terms("Criminal", Strong, Special, "criminal record", "criminal records", "conviction", "convictions", "offence",
            "offense", "criminal history", "criminal background", "police record", "police clearance", "arrest record",
            "arrest history", "felony", "felonies");
        // People in criminal proceedings (twenty-second round, GDPR Art. 10): a suspect's, a victim's, an inmate's record is
        // that person's (Suspect.Nationality), and how the person looks, as a witness or an officer describes it
        // (Suspect.PhysicalAppearance), identifies the person. Weak: on a person's record only.
        b.Words(WordRole.Subject, "suspect", "suspects", "victim", "victims", "offender", "offenders", "accused", "defendant",
            "defendants", "inmate", "inmates", "prisoner", "prisoners", "detainee", "detainees", "convict", "convicts",
            "perpetrator", "perpetrators", "parolee", "arrestee");
        b.Terms("Identity", Weak, Text, "physical appearance", "facial appearance", "physical description", "facial description",
            "distinguishing marks", "distinguishing features", "identifying marks");
        // Thirty-third round: the description's parts, as a care home's, a hospital's or a register's record keeps them
        // (PatientDTO.Haarfarbe, .Augenfarbe, .Statur), in every built-in language: the hair's and the eyes' colour, the
        // build. Weak: on a person's record only (a product's colour is the product's); one per person, so a list of hair
        // colours is a form's catalogue. Height and weight are health readings (see the health words).
        b.TermsOnePerPerson("Identity", Weak, Text | Enum, "hair color", "hair colour", "eye color", "eye colour", "eyes color",
            "eyes colour", "stature", "body build", "physique");
        // A pay statement is one employee's (twenty-second round): a payslip's gross and net pay, deductions and contributions
        // are that employee's, as a loan application's income is the applicant's. "Payroll" alone is a company's as well.
        b.Words(WordRole.Subject, "payslip", "payslips", "pay slip", "pay stub", "paystub", "pay statement", "salary slip",
            "salary statement", "wage slip", "wage statement", "earnings statement");

        // Who the data is about.
        b.Words(WordRole.Subject, "customer", "client", "user", "person", "people", "employee", "contact", "patient", "member",
            "subscriber", "student", "pupil", "applicant", "candidate", "guest", "visitor", "owner", "holder", "cardholder",
            "account holder", "buyer", "author", "reviewer", "requester", "requestor", "petitioner", "beneficiary", "resident",
            "citizen", "driver", "passenger", "traveler", "traveller", "consumer", "individual", "profile", "admin",
            "administrator", "staff", "teacher", "doctor", "parent", "child", "spouse", "emergency contact",
            "signer", "signatory", "representative", "donor", "commenter", "replier", "guardian", "mother", "father",
            "invitee");

        // Children, as a daycare, a school or a paediatric practice names them (Attendance.KidName, KidLog.Name).
        b.Words(WordRole.Subject, "kid", "kids", "children", "infant", "baby", "toddler", "newborn");

        // "Emp" is how English-named HR code shortens "employee" (EmpProfile, EmpCheckIn, EmpName); a bank account's or a
        // policy's nominee is a person.
        b.Words(WordRole.Subject, "emp", "nominee", "husband", "wife");
        // A lender's borrower and co-borrower, an insurer's policy holder, a member's or a holder's dependant (sixteenth round).
        b.Words(WordRole.Subject, "borrower", "co borrower", "coborrower", "policy holder", "policyholder", "dependent", "dependant");
        // The parties of a lease and its guarantor (twenty-fifth round: ContratoAluguelDTO.LocadorNome): a landlord, a lessor,
        // a lessee, a guarantor. Not "tenant": in SaaS code a tenant is a customer organisation (TenantName, TenantId).
        b.Words(WordRole.Subject, "landlord", "landlady", "lessor", "lessee", "guarantor");
        // A loan or credit application is one applicant's request (nineteenth round): its credit score, debts and income are
        // the applicant's, as a donation's are the donor's. Not "application" alone (a program).
        b.Words(WordRole.Subject, "loan application", "loan applications", "credit application", "credit applications",
            "mortgage application", "mortgage applications");

        // Who trains or teaches a member (a gym's or a school's staff): SessionViewModel.TrainerName, UpdateTrainerViewModel.Name.
        b.Words(WordRole.Subject, "trainer", "coach", "instructor");
        // Who speaks at an event (Speaker.Name, EventResponseDto.SpeakerName), who stands as godparent or witness at a
        // sacrament or a wedding (nineteenth set: a parish register's godparents and witnesses kept by name).
        b.Words(WordRole.Subject, "speaker", "speakers", "presenter", "panelist", "godparent", "godfather", "godmother", "witness");
        // The clergy who celebrate a sacrament, and a health professional: people whose records and names are theirs
        // (TblSacerdote.ScNombre, Priest.Name, HealthcareProfessional.HealthcareProfessionalName; twenty-first round).
        b.Words(WordRole.Subject, "priest", "pastor", "chaplain", "vicar", "clergyman", "healthcare professional",
            "health professional", "health care professional", "medical professional");
        // People who look after animals: a pet sitter's or a dog walker's record is theirs, not the animal's (PetSitter.Name).
        b.Words(WordRole.Subject, "sitter", "pet sitter", "petsitter", "dog walker", "dogwalker", "groomer");
        // A marketplace's freelancers and a job board's job seekers (RecentBidView.FreelancerName, JobSeeker.Objective).
        b.Words(WordRole.Subject, "freelancer", "freelancers", "job seeker", "jobseeker", "job seekers", "jobseekers");

        // A sign-up is one person's enrolment (VolunteerTaskSignup.Name, .AdditionalInfo: the person who signed up).
        b.Words(WordRole.Subject, "signup", "sign up");
        // People named by their trade or office (fourteenth round): a mechanic, a technician, a recruiter, a judge, a lawyer or
        // counsel, a nurse, a carer, a tradesman. Their records and their names are theirs (MechanicEntity.Name,
        // Recruiter.Avatar), and a text member named by one alone or after a modifier is that person's name (CourtCase.Judge,
        // CourtCase.OpposingCounsel; WordClass.Occupation). Not words a program uses for its own parts: driver (a device's),
        // worker, agent, broker, operator, interpreter, translator, monitor, scheduler, dispatcher, inspector, auditor.
        b.Words(WordRole.Subject, "mechanic", "technician", "recruiter", "judge", "lawyer", "attorney", "counsel",
            "counsellor", "counselor", "solicitor", "barrister", "notary", "paralegal", "nurse", "physician",
            "surgeon", "dentist", "therapist", "pharmacist", "veterinarian", "psychologist", "caregiver", "carer",
            "nanny", "babysitter", "lecturer", "professor", "plumber", "electrician", "carpenter", "hairdresser",
            "barber", "cashier", "waiter", "waitress", "housekeeper", "janitor", "gardener", "locksmith", "chauffeur",
            "realtor", "accountant", "bookkeeper", "midwife", "paramedic", "librarian", "consultant", "advisor",
            "adviser", "mentor", "stylist", "hairstylist",
            // An association's auditor elected from its members (see the Romanian "cenzor"; thirty-fourth round): a person,
            // unlike "auditor" alone.
            "honorary auditor", "lay auditor",
            // Thirtieth round: a delivery's people (a courier firm's drivers and dispatchers).
            "courier", "dispatcher", "delivery man", "deliveryman", "delivery person", "delivery driver",
            // A school's former students (an alumni tracker's rows).
            "alumnus", "alumni", "alumna", "alumnae",
            // A legal advocate (nineteenth round: CourtActivity.AdvocateNote), as avocat in French and Romanian.
            "advocate");

        // Who leads a group of people (fifteenth round): a room's, a team's or a club's leader is one of them
        // (RoomDTO.LeaderName beside LeaderID; French writes "leader" too). Read as an office (WordClass.Occupation): the
        // row that refers to its leader (a room beside LeaderID) is the group's, not the leader's own record.
        b.Words(WordRole.Subject, "leader", "team leader", "group leader");


        // People named by the role they take toward a service (thirteenth round): one who adopts (a child, a shelter's
        // animal), who receives visitors at a desk, who gives (a donation, blood). Their records and names are theirs
        // (Adopter.AdopterName, TopReceptionistModel.ReceptionistName). Not "host" (a machine) nor "head".
        b.Words(WordRole.Subject, "adopter", "adopters", "receptionist", "receptionists", "donors");

        // A donation is one donor's gift, as a sign-up is one person's enrolment: its Name, Email and Message are the
        // donor's (DonationGet.Name). A donation campaign, type or status is the campaign's (the head word decides).
        b.Words(WordRole.Subject, "donation");
        // A sender's and a recipient's name and e-mail are read as the person word and the term (NameReadings reads "sender"
        // and "recipient" before what they qualify as person words: MessageDTO.RecipientPhotoUrl, Package.RecipientName,
        // thirty-third round); phrases would hide the person word. "Sender address" stays a phrase: an e-mail address.
        b.Terms("Contact.Email", Strong, Text, "sender address");

        // A mail's recipient, read with the type's name (QueuedEmail.To, EmailDto.To, MailModel.Empfaenger); its sender is
        // the system's ("mail from" below).
        b.Terms("Contact.Email", Strong, Text, "email to", "mail to", "email recipient", "mail recipient", "email recipients");
        b.Words(WordRole.Subject, "attendee", "participant");
        b.Terms("Identity.Name", Strong, Text, "from name", "to name");

        // What is not a person (owner words) — also the head of non-subject type names.
        b.Words(WordRole.Owner, "product", "item", "article", "category", "tag", "file", "folder", "directory", "path", "document",
            "attachment", "host", "server", "machine", "computer", "company", "firm", "organization", "organisation",
            "org", "business", "brand", "vendor", "supplier", "manufacturer", "merchant", "shop", "store", "warehouse", "bank",
            "branch", "department", "team", "role", "group", "project", "application", "app", "feature", "module", "plugin",
            "package", "assembly", "namespace", "class", "method", "property", "field", "column", "table", "schema", "database",
            "queue", "topic", "channel", "job", "task", "report", "menu", "site", "website", "web site", "domain",
            "url", "uri", "link", "endpoint", "route", "resource", "claim", "permission", "scope", "currency", "language", "culture",
            "locale", "template", "image", "icon", "font", "color", "colour", "theme", "layout", "widget", "control",
            "button", "system", "support", "noreply", "no reply", "sample", "example", "test", "dummy", "fake", "demo",
            "placeholder", "office", "headquarters", "entity", "area", "registered office", "legal entity", "entity type",
            "bucket", "blob", "container", "cluster", "node", "pod", "network", "gateway", "proxy", "bind", "listen", "base", "local",
            "loopback", "broadcast", "subnet", "dns", "certificate", "cert", "thumbprint", "key", "ssh", "gpg", "pgp", "tenant id",
            "workspace", "environment", "region code", "country of origin", "origin country", "ship", "vessel", "vehicle model",
            "course", "lesson", "book", "movie", "song", "album", "game", "step", "state", "status", "stage",
            "plan", "subscription plan", "tier", "campaign", "newsletter", "mailing list", "distribution list", "blog", "blog post",
            "news", "page", "email account", "mail account", "smtp account", "meeting",
            // An association, a club, a shipping company: organisations (Club.Email, Shipper.Phone). Not "district": in
            // many countries it is a part of a person's address.
            "club", "association", "society", "foundation", "charity", "shipper", "carrier", "freight forwarder",
            "courier company");

        // A practice, a clinic, a hospital or a law firm is an organisation, whoever works there: its own name, address,
        // phone and e-mail are not a person's (MedicalPractice.Email, DentalClinic.Phone; fourteenth round).
        b.Words(WordRole.Owner, "clinic", "practice", "medical practice", "dental practice", "hospital", "law firm");

        // An establishment, a place of business (twenty-ninth round: Restaurants.PhoneNumber, Church.EmailId, Hotel.Latitude):
        // its own name, address, phone, e-mail and coordinates are the place's. Its guest, member or customer is a person
        // (HotelGuest, ChurchMember: their head word decides), and a member named by a person word keeps its person. Not
        // "bar" (a progress bar), "house" (a person's home) nor "agency" (the agency a person works for or is insured
        // through: PolicyHolder.AgencyName; Portuguese "agência" is a bank account's branch). Not "parish": a person's parish
        // of baptism or communion (Catequisando.ParoquiaEucaristia) is their faith, and the word before another would silence it.
        b.Words(WordRole.Owner, "hotel", "hotels", "restaurant", "restaurants", "church", "churches", "venue", "venues",
            "museum", "theatre", "theater", "cinema", "hostel", "motel",
            // The generic word for one (thirty-fourth round: a town hall's participating shops, Establecimiento.Nombre).
            "establishment", "establishments");

        // A pharmacy or a laboratory is an organisation too, whoever works there (Pharmacy.Email, Pharmacy.Address; eighteenth
        // round): its own contact details are not a person's. A pharmacist stays a person.
        b.Words(WordRole.Owner, "pharmacy", "pharmacies", "drugstore", "laboratory", "laboratories");

        // A school, a kindergarten and a court are institutions (nineteenth round): a school's own name, address, phone and
        // e-mail (School.Email, CreateSchoolDto.Nom) and a court's name (CourtActivity.CourtName) are not a person's. A
        // student's or a judge's record stays theirs (their own person words decide). Not "university" nor "college": on a
        // CV's education row they name where the person studied (Education.University). Not vehicles: a car's row holds its
        // owner's login or name as often as its own (Masina.Username).
        b.Words(WordRole.Owner, "school", "schools", "kindergarten", "court", "courthouse");

        // What a person takes part in or stands for is a thing (thirty-fourth round): a course ("course" and "lesson" are
        // above), an election — its name before Name is the thing's (CandidateDto.ElectionName, GetMatriculasResponse.CursoNome),
        // whichever person's record it sits on; a type named by one (Curso, Election) holds the thing's own name.
        b.Words(WordRole.Owner, "election", "elections");
        // An inventory is a stock of things, whoever keeps it (UserInventory.Description: an item's).
        b.Words(WordRole.Owner, "inventory", "inventories");
        // A clinical trial or study says whom it is for, not who someone is: its sex, age and condition are eligibility
        // criteria (Trial.Sex, Trial.Disease), its name and description the study's. Its participant stays a person.
        b.Words(WordRole.Owner, "trial", "trials", "clinical trial", "clinical trials", "clinical study", "clinical studies");

        // A property for sale or rent is a thing (twenty-fifth round: an estate agency's Imovel.Observacoes, .Descricao and
        // .DataAvaliacao beside its owner's key): its description, notes and appraisal are the listing's, not a person's words.
        // "property" is above. A person's review of a host or a landlord keeps its reviewer (a review type's own words decide).
        // Not "listing": a classified ad's e-mail is the advertiser's (Listing.Email).
        b.Words(WordRole.Owner, "real estate", "realty", "rental property");

        // Words that make a member about the data, not the data.
        b.Words(WordRole.Meta, "type", "kind", "enabled", "disabled", "confirmed", "verified", "validated", "valid", "required",
            "length", "format", "pattern", "regex", "mask", "masked", "policy", "policies", "rule", "rules", "template",
            "placeholder", "label", "caption", "count", "counter", "id", "ids", "uid", "guid", "key", "scheme", "schemes", "max", "min",
            "maximum", "minimum", "limit", "size", "visible", "visibility", "editable", "changed", "sent", "flag", "check",
            "mode", "prefix", "suffix", "separator", "delimiter", "icon", "validator", "validation", "strength", "expiry",
            "expiration", "expires", "expired", "attempts", "failed", "retry", "lockout", "opt in", "optin", "opt out", "column", "field", "selector", "locator", "resource", "style", "css",
            "domain", "provider", "source", "version", "encoding", "culture", "language",
            "sorting", "header", "column name", "tooltip", "hint text", "status",
            "state", "stamp", "concurrency", "hash algorithm", "salt rounds", "complexity", "reset url", "link", "url", "reminder",
            "reminders", "days", "interval", "timeout");

        // Technical words: a type named with one is infrastructure, and a member named with one is a tool, not data.
        b.Words(WordRole.Technical, "settings", "setting", "options", "option", "config", "configuration", "configurations",
            "smtp", "imap", "pop3", "http", "https", "ftp", "sftp", "api", "sql", "db", "connection", "connection string", "service",
            "services", "provider", "factory", "handler", "middleware", "builder", "hasher", "formatter", "parser", "serializer",
            "deserializer", "generator", "encoder", "decoder", "encryptor", "validator", "manager", "helper", "utility",
            "utilities", "extensions", "constants", "consts", "defaults", "sender",
            "client factory", "logger", "controller", "repository", "cache", "queue client", "mapper", "converter", "seeder",
            "fixture", "mock", "stub", "fake", "benchmark", "benchmarks", "tests", "spec", "specs", "migration", "snapshot",
            "parameters", "params", "arguments", "args", "attribute", "analyzer", "grpc", "rest", "soap", "tcp", "udp", "redis",
            "kafka", "rabbit", "sms gateway", "mail server", "email server", "email settings", "host options",
            // What a search is filtered by (ContactSearchCriteria, CustomerFilter, GetOrdersQuery, AddressFacetItem): the
            // values a search matches, not anyone's data.
            "criteria", "search criteria", "filter", "filters", "query", "facet",
            // A filter's operator after the field it matches (UsernameContains, NameStartsWith): a query's value.
            "contains", "starts with", "ends with");

        // Phrases that contain a term but are known not to be personal data.
        b.Words(WordRole.NotPersonal, "client id", "client secret", "client certificate", "client version",
            "client app", "client application", "email subject", "email template", "email body template", "mail subject",
            "host name", "hostname", "file name", "filename", "machine name", "server name", "server address", "base address",
            "endpoint address", "listen address", "bind address", "type name", "class name", "method name", "property name",
            "display name format", "device name", "device model", "product name", "company name", "bank name", "brand name", "store name", "user agent header",
            "ip range", "ip ranges", "allowed ips", "ip whitelist", "ip allow list", "ip block list", "known proxies",
            "trusted proxies", "country code list", "phone country codes", "mail from", "email from", "from address", "reply to",
            "noreply address", "password policy", "password options", "password requirements", "password reset url",
            "name space", "name claim type", "role claim type", "user id claim type", "name identifier", "nameof",
            // A preference's or a setting's own name (CustomerPreference.Name): the key it is stored under.
            "preference name", "preference key",
            // .NET's bag of unknown JSON or contract members (ExtensionData) and a plug-in's extension point: not a phone.
            "extension data", "extension point", "extension method");

        // The external sign-in providers of the old ASP.NET Identity template (ManageLoginsViewModel.OtherLogins is an
        // IList<AuthenticationDescription>): a provider's description, not anyone's login.
        b.Words(WordRole.NotPersonal, "authentication description");
    }
}
