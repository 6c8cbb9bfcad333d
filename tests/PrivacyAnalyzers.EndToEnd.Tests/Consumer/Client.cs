namespace Shop.Crm;

// A CRM client, as the Romanian CRM policies list it: name, CNP, identity card, IBAN.
public class Client
{
    public int Id { get; set; }

    public string Nume { get; set; } = "";              // PRIV001 Identity.Name

    public string Prenume { get; set; } = "";           // PRIV001 Identity.Name

    public string CNP { get; set; } = "";               // PRIV001 Identity.NationalId

    public string SerieBuletin { get; set; } = "";      // PRIV001 Identity.Document

    public string NumarBuletin { get; set; } = "";      // PRIV001 Identity.Document

    public string Iban { get; set; } = "";              // PRIV001 Financial.BankAccount

    public string Telefon { get; set; } = "";           // PRIV001 Contact.Phone

    public bool Activ { get; set; }
}
