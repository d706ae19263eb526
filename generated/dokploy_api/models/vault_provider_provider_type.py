from enum import StrEnum


class VaultProviderProviderType(StrEnum):
    AWS = "aws"
    AZURE = "azure"
    DOPPLER = "doppler"
    HASHICORP = "hashicorp"
    INFISICAL = "infisical"
    SCALEWAY = "scaleway"

    def __str__(self) -> str:
        return str(self.value)
