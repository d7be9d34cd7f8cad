katalogSearch.add("t-de",{"added":"00zmi1","cluster":"000","flags":"X2W1i1","ids":"041","motifs":"101213","postings":["022"],"price":"msac10erq5","words":["deli"]});
