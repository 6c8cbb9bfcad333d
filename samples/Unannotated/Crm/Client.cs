namespace Unannotated.Crm;

/// <summary>A client of a Romanian CRM, with what the CRM's privacy policy says it stores.</summary>
public sealed class Client
{
    public int Id { get; set; }

    public TipClient Tip { get; set; }

    public string Nume { get; set; } = "";              // PRIV001 Identity.Name

    public string Prenume { get; set; } = "";           // PRIV001 Identity.Name

    public string Cnp { get; set; } = "";               // PRIV001 Identity.NationalId

    public string SerieBuletin { get; set; } = "";      // PRIV001 Identity.Document

    public string NumarBuletin { get; set; } = "";      // PRIV001 Identity.Document

    public string Iban { get; set; } = "";              // PRIV001 Financial.BankAccount

    public string Email { get; set; } = "";             // PRIV001 Contact.Email

    public string Telefon { get; set; } = "";           // PRIV001 Contact.Phone

    public string Adresă { get; set; } = "";            // PRIV001 Contact.Address

    public bool EsteActiv { get; set; }
}

public enum TipClient
{
    PersoanaFizica,
    PersoanaJuridica,
}
