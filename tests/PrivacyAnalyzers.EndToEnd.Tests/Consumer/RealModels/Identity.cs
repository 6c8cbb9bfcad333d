using System.Collections.Generic;
using PrivacyAnalyzers;

// Users and roles, many-to-many through a join entity (User.Roles -> UserRole.Role -> Role.Users -> other users), and
// the credentials an identity system keeps: a password hash on the user, a 2FA secret and recovery codes beside it.
namespace RealModels.Identity
{
    [DataSubject("User")]
    public class User
    {
        public int Id { get; set; }

        [PersonalData("Online.Username")]
        public string UserName { get; set; } = "";

        [PersonalData("Contact.Email")]
        public string Email { get; set; } = "";

        [PersonalData("Credentials.Password", Description = "Salted password hash")]
        public string PasswordHash { get; set; } = "";

        public UserCredentials Credentials { get; } = new UserCredentials();

        public List<UserRole> Roles { get; } = new List<UserRole>();
    }

    public class UserCredentials
    {
        [PersonalData("Credentials.Secret", Description = "TOTP shared secret")]
        public string TwoFactorSecret { get; set; } = "";

        [PersonalData("Credentials.Secret", Description = "One-time recovery codes")]
        public List<string> RecoveryCodes { get; } = new List<string>();
    }

    public class UserRole
    {
        public User? User { get; set; }

        public Role? Role { get; set; }

        [PersonalData("Usage.Activity")]
        public string GrantReason { get; set; } = "";
    }

    public class Role
    {
        public string Title { get; set; } = "";

        public List<User> Users { get; } = new List<User>();
    }
}
