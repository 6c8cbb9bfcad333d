using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's twenty-second round (issue 12), from the twentieth set's misses: a profile picture or an avatar is an
/// account's face wherever it is kept, and a sign-up form named by nothing else is one person's data — each beside its
/// quiet neighbour (a company's or a group's picture, a register or a registration of a thing).
/// </summary>
public sealed class ProfilePicturesSignUpFormsTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_profile_picture_or_an_avatar_on_a_neutral_type_is_reported_in_every_language() =>
        Test("""
            public class RecentConversationDto { public int ConversationId { get; set; } public string [|AvatarUrl|] { get; set; } = ""; }
            public class CommentView { public int Likes { get; set; } public string [|ProfilePicture|] { get; set; } = ""; }
            public class BeitragDto { public string [|Profilbild|] { get; set; } = ""; }
            public class PublicacionDto { public string [|FotoPerfil|] { get; set; } = ""; }
            public class PublicacaoDto { public string [|ImagemPerfil|] { get; set; } = ""; }
            public class PublicationDto { public string [|PhotoDeProfil|] { get; set; } = ""; }
            public class PostareDto { public string [|PozaProfil|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_company_s_or_a_group_s_picture_and_a_product_s_photo_are_quiet() =>
        Test("""
            public class Company { public string ProfilePicture { get; set; } = ""; public string Logo { get; set; } = ""; }
            public class Group { public string AvatarUrl { get; set; } = ""; }
            public class Team { public string Avatar { get; set; } = ""; }
            public class ProductDto { public string PhotoUrl { get; set; } = ""; public string PictureUrl { get; set; } = ""; }
            public class Empresa { public string FotoPerfil { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_sign_up_form_named_by_nothing_else_is_a_person_s_record_in_every_language() =>
        Test("""
            public class RegisterDto { public string [|DisplayName|] { get; set; } = ""; public string [|Bio|] { get; set; } = ""; }
            public class RegistrationForm { public string [|Name|] { get; set; } = ""; }
            public class RegisterRequest { public string [|Name|] { get; set; } = ""; }
            public class RegisterViewModel { public string [|Name|] { get; set; } = ""; }
            public class RegistrierungModel { public string [|Name|] { get; set; } = ""; }
            public class RegistroRequest { public string [|Nombre|] { get; set; } = ""; }
            public class CadastroDto { public string [|Nome|] { get; set; } = ""; }
            public class InscriptionDto { public string [|Nom|] { get; set; } = ""; }
            public class InregistrareModel { public string [|Nume|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_register_or_a_registration_of_a_thing_is_quiet() =>
        Test("""
            public class CashRegister { public string Name { get; set; } = ""; public string Description { get; set; } = ""; }
            public class CashRegisterDto { public string Name { get; set; } = ""; }
            public class VehicleRegistrationDto { public string Name { get; set; } = ""; }
            public class RegisterPetRequest { public string Name { get; set; } = ""; }
            public class Registration { public string Name { get; set; } = ""; }
            public class RegistroProductoDto { public string Nombre { get; set; } = ""; }
            public class RegistrationBaseDto { public System.DateTime RegistrationDate { get; set; } }
            public class RegistrationResponseDto : RegistrationBaseDto { public string EventTitle { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_person_s_own_description_on_their_account_s_record_is_reported_in_every_language() =>
        Test("""
            public class User { public string [|Login|] { get; set; } = ""; public string [|Password|] { get; set; } = ""; public string [|Description|] { get; set; } = ""; }
            public class TherapistTitle { public int Id { get; set; } }
            public class Therapist { public User User { get; set; } = new(); public string [|Description|] { get; set; } = ""; public TherapistTitle Title { get; set; } = new(); }
            public class Benutzer { public string [|Passwort|] { get; set; } = ""; public string [|Beschreibung|] { get; set; } = ""; }
            public class Usuario { public string [|Contrasena|] { get; set; } = ""; public string [|Descripcion|] { get; set; } = ""; }
            public class Utilizador { public string [|Senha|] { get; set; } = ""; public string [|Descricao|] { get; set; } = ""; }
            public class Utilisateur { public string [|MotDePasse|] { get; set; } = ""; public string [|Description|] { get; set; } = ""; }
            public class Utilizator { public string [|Parola|] { get; set; } = ""; public string [|Descriere|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_reference_to_a_user_account_the_compiler_could_not_resolve_still_holds_the_account() =>
        Test("""
            public class Therapist { public {|CS0246:User|} [|User|] { get; set; } public string [|Description|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_description_on_a_record_with_no_account_or_beside_a_title_is_quiet() =>
        Test("""
            public class CustomerEntity { public string [|Name|] { get; set; } = ""; public string [|Email|] { get; set; } = ""; public string Description { get; set; } = ""; }
            public class AssigneeModel { public string [|Username|] { get; set; } = ""; public string Title { get; set; } = ""; public string Description { get; set; } = ""; }
            public class Role { public string Name { get; set; } = ""; public string Description { get; set; } = ""; }
            public class Product { public string Name { get; set; } = ""; public string Description { get; set; } = ""; }
            public class Patient { public Product Product { get; set; } = new(); public string Description { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_message_s_text_beside_its_sender_is_the_sender_s_words_in_every_language() =>
        Test("""
            public class MessageDto { public int ConversationId { get; set; } public int? SenderId { get; set; } public string [|Content|] { get; set; } = ""; }
            public class NachrichtDto { public int AbsenderId { get; set; } public string [|Text|] { get; set; } = ""; }
            public class MensajeDto { public int IdRemitente { get; set; } public string [|Texto|] { get; set; } = ""; }
            public class MensagemDto { public int RemetenteId { get; set; } public string [|Conteudo|] { get; set; } = ""; }
            public class MessageModel { public int ExpediteurId { get; set; } public string [|Contenu|] { get; set; } = ""; }
            public class MesajDto { public int ExpeditorId { get; set; } public string [|Continut|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_message_with_no_sender_named_and_a_mail_sender_tool_are_quiet() =>
        Test("""
            public class MessageDto { public int ConversationId { get; set; } public string Content { get; set; } = ""; }
            public class MessageTemplate { public int SenderId { get; set; } public string Content { get; set; } = ""; }
            public class EmailSender { public string Host { get; set; } = ""; public string Text { get; set; } = ""; }
            """).RunAsync();
}
