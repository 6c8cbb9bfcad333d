using System;

namespace Shop.Hr;

public sealed class Angajat
{
    public int Id { get; set; }

    public string NumeComplet { get; set; } = "";       // PRIV001 Identity.Name

    public DateOnly DataNasterii { get; set; }          // PRIV001 Identity.DateOfBirth

    public string AdresaEmail { get; set; } = "";       // PRIV001 Contact.Email

    public string Adresă { get; set; } = "";            // PRIV001 Contact.Address
}
