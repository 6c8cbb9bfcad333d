using PrivacyAnalyzers;

// An interface that inherits two interfaces which both declare an annotated Name (a diamond), as a [DataSubject] and
// as the type of a member; an annotated field of a base class hidden in the derived class by a method.
namespace RealModels.Diamond
{
    public interface INamed
    {
        [PersonalData("Identity.Name")]
        string Name { get; }
    }

    public interface ILabelled
    {
        [PersonalData("Identity.Name")]
        string Name { get; }
    }

    [DataSubject("Contact")]
    public interface IContact : INamed, ILabelled
    {
        [PersonalData("Contact.Email")]
        string Email { get; }
    }

    public interface IDisplayable : INamed, ILabelled
    {
    }

    public sealed class Contact : IContact
    {
        public Contact(string name, string email)
        {
            Name = name;
            Email = email;
        }

        [PersonalData("Identity.Name")]
        public string Name { get; }

        [PersonalData("Contact.Email")]
        public string Email { get; }
    }

    public sealed class DisplayName : IDisplayable
    {
        public DisplayName(string name) => Name = name;

        [PersonalData("Identity.Name")]
        public string Name { get; }
    }

    [DataSubject("Member")]
    public class Member
    {
        [PersonalData("Contact.Email")]
        public string Email { get; set; } = "";

        public IDisplayable? Display { get; set; }
    }
}

namespace RealModels.Inheritance
{
    public class PersonBase
    {
        [PersonalData("Contact.Email")]
        public string Email = "";
    }

    [DataSubject("Person")]
    public class Person : PersonBase
    {
        [PersonalData("Identity.Name")]
        public string FullName { get; set; } = "";

        public new string Email() => "SENTINEL-UNANNOTATED-HIDING-METHOD-RESULT";
    }
}
