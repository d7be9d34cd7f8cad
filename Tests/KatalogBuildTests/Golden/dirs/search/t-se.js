katalogSearch.add("t-se",{"added":"ipi10","cluster":"10","flags":"t1W1","ids":"22","motifs":"1112","postings":["3","0"],"price":"muwJ0","words":["selendang","sentra"]});
