using System;
using PrivacyAnalyzers;

// Annotated members that were made obsolete, as a warning and as an error, while the data is still held.
namespace RealModels.Legacy
{
    [DataSubject("Subscriber")]
    public class LegacySubscriber
    {
        [PersonalData("Contact.Email")]
        public string Email { get; set; } = "";

        [Obsolete("Use Email; kept for subscribers who registered before 2019")]
        [PersonalData("Contact.Email")]
        public string SecondaryEmail { get; set; } = "OWN-LEGACY-OBSOLETE-WARNING-EMAIL";

        // error: true — no code can read it, a generated exporter included, so no test asserts on its value.
        [Obsolete("Phone numbers are no longer collected", true)]
        [PersonalData("Contact.Phone")]
        public string Phone { get; } = "UNASSERTED-LEGACY-OBSOLETE-ERROR-PHONE";
    }
}
